using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DienHong.Calendar;
using DienHong.Workflows.Resources;
using static DienHong.Workflows.Organization.OrganizationJsonModel;
using Localized = DienHong.Engine.Resources.Text;

namespace DienHong.Workflows.Organization;

/// <summary>
/// Reads and writes the organisation file (tệp tổ chức, e.g. <c>samples/chau-thanh/organization.json</c>): camelCase
/// JSON with <c>agencies</c> (each with its <c>units</c> and a <c>roles</c> map from role to person ids), <c>people</c>
/// and <c>substitutions</c>; dates are <c>yyyy-MM-dd</c>; names are a string or <c>{ "vi", "en" }</c>.
/// An agency's <c>staffCount</c> may be left out (it is then the number of people listed with the agency);
/// when given it must equal that number. <see cref="Write"/> always writes it.
/// </summary>
public static class OrganizationJson
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Reads an organisation file; throws <see cref="OrganizationFormatException"/> listing every problem, each naming
    /// <paramref name="fileName"/>, in the current UI language. A key given twice is refused with its line.
    /// </summary>
    public static Organization Read(string json, string fileName)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new OrganizationFormatException(fileName, [JsonProblem.Empty]);
        }

        if (JsonProblem.DuplicateKey(json) is { } duplicate)
        {
            throw new OrganizationFormatException(fileName, [duplicate]);
        }

        DocumentDto? document;
        try
        {
            document = JsonSerializer.Deserialize<DocumentDto>(json, Options);
        }
        catch (JsonException e)
        {
            throw new OrganizationFormatException(fileName, [JsonProblem.Describe(e)]);
        }

        if (document is null)
        {
            throw new OrganizationFormatException(fileName, [OrganizationMessages.NoOrganization]);
        }

        var problems = new List<string>();
        var organization = new Mapper(problems).Map(document);
        problems.AddRange(OrganizationValidator.Validate(organization));
        return problems.Count > 0 ? throw new OrganizationFormatException(fileName, problems) : organization;
    }

    /// <summary>Reads the organisation file at <paramref name="path"/>; errors, an unreadable file too, name the file.</summary>
    public static Organization ReadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OrganizationFormatException(Path.GetFileName(path), [Localized.Format(OrganizationMessages.CannotRead, e.Message)]);
        }

        return Read(json, Path.GetFileName(path));
    }

    /// <summary>Writes the organisation as indented JSON that <see cref="Read"/> gives back equal.</summary>
    public static string Write(Organization organization)
    {
        var units = organization.Units.ToLookup(u => u.AgencyId);
        var roles = organization.Roles.ToLookup(r => r.AgencyId);
        var staff = organization.People.GroupBy(p => p.AgencyId).ToDictionary(g => g.Key, g => g.Count());
        var document = new DocumentDto(
            Text(organization.Name),
            organization.Agencies.Select(a => (AgencyDto?)new AgencyDto(
                a.Id,
                Text(a.Name),
                a.SuperiorId,
                a.Kind,
                a.StaffCount,
                units[a.Id].Select(u => (UnitDto?)new UnitDto(u.Id, Text(u.Name))).ToList() is { Count: > 0 } list ? list : null,
                RoleMap(roles[a.Id]))).ToList(),
            organization.People.Select(p => (PersonDto?)new PersonDto(
                p.Id,
                p.FullName,
                p.AgencyId,
                p.UnitId,
                StaffTypeNames.Name(p.StaffType),
                p.JobPosition,
                p.SalaryGrade,
                p.SalaryStep,
                p.LastStepDate?.ToString(DateFormat, CultureInfo.InvariantCulture),
                p.IsManager,
                p.IsUnionMember,
                p.Email)).ToList(),
            organization.Substitutions.Select(s => (SubstitutionDto?)new SubstitutionDto(
                s.PersonId,
                s.SubstituteId,
                s.From.ToString(DateFormat, CultureInfo.InvariantCulture),
                s.To.ToString(DateFormat, CultureInfo.InvariantCulture),
                s.Reason)).ToList());
        return JsonSerializer.Serialize(document, Options) + "\n";
    }

    private static JsonNode? Text(LocalizedText? text) => text switch
    {
        null => null,
        { En: null } => JsonValue.Create(text.Vi),
        _ => new JsonObject { ["vi"] = text.Vi, ["en"] = text.En },
    };

    private static Dictionary<string, List<string?>?>? RoleMap(IEnumerable<RoleAssignment> assignments)
    {
        var map = assignments
            .GroupBy(r => r.Role)
            .OrderBy(g => Roles.All.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue)
            .ToDictionary(g => g.Key, g => (List<string?>?)g.Select(r => (string?)r.PersonId).ToList());
        return map.Count > 0 ? map : null;
    }

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Turns the file's shape into the model, noting values that cannot be read (dates, staff types, names).</summary>
    private sealed class Mapper(List<string> problems)
    {
        public Organization Map(DocumentDto document)
        {
            if (document.Agencies is null)
            {
                problems.Add(OrganizationMessages.NoAgencies);
            }

            if (document.People is null)
            {
                problems.Add(OrganizationMessages.NoPeople);
            }

            var people = NonNull(document.People, "people").Select(Person).ToList();
            var staff = people.GroupBy(p => p.AgencyId).ToDictionary(g => g.Key, g => g.Count());
            var agencies = NonNull(document.Agencies, "agencies").ToList();
            return new Organization(
                Name(document.Name, OrganizationMessages.ItemOrganization, required: false),
                agencies.Select(a => new Agency(a.Id ?? string.Empty, Name(a.Name, Localized.Format(OrganizationMessages.ItemAgency, a.Id))!, a.SuperiorId, a.Kind ?? string.Empty, a.StaffCount ?? staff.GetValueOrDefault(a.Id ?? string.Empty))).ToList(),
                agencies.SelectMany(a => NonNull(a.Units, $"{Localized.Format(OrganizationMessages.ItemAgency, a.Id)}: units").Select(u => new OrgUnit(u.Id ?? string.Empty, a.Id ?? string.Empty, Name(u.Name, Localized.Format(OrganizationMessages.ItemUnit, u.Id))!))).ToList(),
                people,
                agencies.SelectMany(RoleAssignments).ToList(),
                NonNull(document.Substitutions, "substitutions").Select(Substitution).ToList());
        }

        private IEnumerable<T> NonNull<T>(List<T?>? items, string where)
            where T : class
        {
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                if (items![i] is { } item)
                {
                    yield return item;
                }
                else
                {
                    problems.Add(Localized.Format(OrganizationMessages.NullItem, where, i));
                }
            }
        }

        private IEnumerable<RoleAssignment> RoleAssignments(AgencyDto agency)
        {
            foreach (var (role, ids) in agency.Roles ?? [])
            {
                foreach (var id in ids ?? [])
                {
                    if (string.IsNullOrWhiteSpace(id))
                    {
                        problems.Add(Localized.Format(OrganizationMessages.EmptyPersonId, Localized.Format(OrganizationMessages.ItemRole, agency.Id, role)));
                        continue;
                    }

                    yield return new RoleAssignment(id, agency.Id ?? string.Empty, role);
                }
            }
        }

        private Person Person(PersonDto p)
        {
            var name = Localized.Format(OrganizationMessages.ItemPerson, p.Id);
            var type = StaffType.Worker;
            if (p.StaffType is null)
            {
                problems.Add(Localized.Format(OrganizationMessages.MissingStaffType, name, string.Join(", ", StaffTypeNames.Written)));
            }
            else if (!StaffTypeNames.TryParse(p.StaffType, out type))
            {
                problems.Add(Localized.Format(OrganizationMessages.UnknownStaffType, name, p.StaffType, string.Join(", ", StaffTypeNames.Written)));
            }

            return new Person(
                p.Id ?? string.Empty,
                p.FullName ?? string.Empty,
                p.AgencyId ?? string.Empty,
                p.UnitId,
                type,
                p.JobPosition,
                p.SalaryGrade,
                p.SalaryStep,
                p.LastStepDate is null ? null : Date(p.LastStepDate, name, "lastStepDate"),
                p.IsManager ?? false,
                p.IsUnionMember ?? false,
                p.Email);
        }

        private Substitution Substitution(SubstitutionDto s)
        {
            var name = Localized.Format(OrganizationMessages.ItemSubstitution, s.PersonId, s.From, s.To);
            return new Substitution(
                s.PersonId ?? string.Empty,
                s.SubstituteId ?? string.Empty,
                Date(s.From, name, "from"),
                Date(s.To, name, "to"),
                s.Reason);
        }

        private DateOnly Date(string? text, string item, string property)
        {
            if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problems.Add(text is null ? Localized.Format(OrganizationMessages.MissingDate, item, property) : Localized.Format(OrganizationMessages.NotADate, item, property, text));
            return DateOnly.MinValue;
        }

        private LocalizedText? Name(JsonNode? node, string where, bool required = true)
        {
            var text = node?.GetValueKind() switch
            {
                JsonValueKind.String => new LocalizedText(node.GetValue<string>()),
                JsonValueKind.Object when node["vi"] is JsonValue vi && vi.GetValueKind() == JsonValueKind.String =>
                    new LocalizedText(vi.GetValue<string>(), node["en"] is JsonValue en && en.GetValueKind() == JsonValueKind.String ? en.GetValue<string>() : null),
                _ => null,
            };
            if (text is null && (required || node is not null))
            {
                problems.Add(Localized.Format(OrganizationMessages.MissingNameText, where));
            }

            return text ?? (required ? new LocalizedText(string.Empty) : null);
        }
    }
}
