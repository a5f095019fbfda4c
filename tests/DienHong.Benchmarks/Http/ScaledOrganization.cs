using System.Globalization;
using System.Text.Json.Nodes;

namespace DienHong.Benchmarks.Http;

/// <summary>
/// The Châu Thành demo organisation scaled up (tổ chức mẫu nhân rộng): the seven agencies as they are, then copies of
/// the office (văn phòng: every role of the salary case filled) up to the number of agencies asked, each with its own
/// people (<c>E0104</c> of copy 12 is <c>P00120104</c>).
/// </summary>
public static class ScaledOrganization
{
    public const string Template = "van-phong";

    /// <summary>The agencies whose HR the benchmark starts cases in: the office and its copies.</summary>
    public static IEnumerable<string> CaseAgencies(JsonObject organization) =>
        organization["agencies"]!.AsArray().Select(a => (string)a!["id"]!).Where(id => id.StartsWith(Template, StringComparison.Ordinal));

    /// <summary>The person holding <paramref name="role"/> in <paramref name="agency"/> (the first, if several).</summary>
    public static string Holder(JsonObject organization, string agency, string role) =>
        (string)organization["agencies"]!.AsArray().Single(a => (string)a!["id"]! == agency)!["roles"]![role]![0]!;

    public static JsonObject Build(string demoFile, int agencies)
    {
        var organization = JsonNode.Parse(File.ReadAllText(demoFile))!.AsObject();
        var list = organization["agencies"]!.AsArray();
        var people = organization["people"]!.AsArray();
        var template = list.Single(a => (string)a!["id"]! == Template)!;
        var staff = people.Where(p => (string)p!["agencyId"]! == Template).ToList();
        for (var copy = list.Count; copy < agencies; copy++)
        {
            var suffix = copy.ToString("D4", CultureInfo.InvariantCulture);
            string Id(string person) => staff.Any(p => (string)p!["id"]! == person) ? $"P{suffix}{person[1..]}" : person;
            var agency = template.DeepClone().AsObject();
            agency["id"] = $"{Template}-{suffix}";
            agency.Remove("units");
            foreach (var (_, holders) in agency["roles"]!.AsObject())
            {
                var renamed = holders!.AsArray().Select(h => (JsonNode?)Id((string)h!)).ToArray();
                holders.AsArray().Clear();
                foreach (var holder in renamed)
                {
                    holders.AsArray().Add(holder);
                }
            }

            list.Add(agency);
            foreach (var person in staff)
            {
                var clone = person!.DeepClone().AsObject();
                clone["id"] = Id((string)person["id"]!);
                clone["agencyId"] = agency["id"]!.GetValue<string>();
                clone.Remove("unitId");
                clone.Remove("email");
                people.Add(clone);
            }
        }

        return organization;
    }
}
