using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// The scenarios a dry run starts from (kịch bản có sẵn): those shipped in <c>samples/scenarios</c> (embedded in this
/// assembly) for a catalog workflow's key, and a skeleton for a new one built from the definition's input variables.
/// </summary>
public sealed class DryRunScenarios(OrganizationDirectory organization, TimeProvider clock)
{
    private const string Prefix = "DienHong.Web.Scenarios.", Suffix = ".scenario.json", WorkflowSuffix = ".workflow.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<IReadOnlyList<(string Key, SampleScenario Scenario)>> Samples = new(LoadSamples);

    /// <summary>The sample scenarios of the catalog workflow <paramref name="key"/>, by name.</summary>
    public IReadOnlyList<SampleScenario> For(string key) => [.. Samples.Value.Where(s => s.Key == key).Select(s => s.Scenario)];

    /// <summary>
    /// A new scenario for <paramref name="definition"/>: the person's agency (or the organisation's first), today at
    /// 08:00 in Vietnam, every variable a start may give with an empty value of its type, and a first expectation.
    /// </summary>
    public string Skeleton(PersonAccess access, JsonObject definition)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(definition);
        var declared = (definition["variables"] as JsonArray ?? []).OfType<JsonObject>().Where(v => v["from"] is null).ToList();
        // As a start obeys it: the variables marked as input, or every declared one when none is marked.
        var inputs = declared.Any(v => v["input"] is JsonValue i && i.TryGetValue<bool>(out var b) && b)
            ? declared.Where(v => v["input"] is JsonValue i && i.TryGetValue<bool>(out var b) && b)
            : declared;
        var input = new JsonObject();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WorkingCalendar.VietnamTimeZone).DateTime);
        foreach (var variable in inputs)
        {
            if (variable["name"] is JsonValue n && n.TryGetValue<string>(out var name))
            {
                input[name] = Empty(variable["type"] is JsonValue t && t.TryGetValue<string>(out var type) ? type : null, today);
            }
        }

        var skeleton = new JsonObject
        {
            ["agency"] = access.HomeAgency?.Agency.Id ?? (organization.Organization.Agencies is { Count: > 0 } agencies ? agencies[0].Id : null),
            ["start"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:00:00+07:00",
            ["input"] = input,
            ["steps"] = new JsonArray(new JsonObject { ["expect"] = new JsonObject { ["status"] = "Suspended" } }),
        };
        return skeleton.ToJsonString(Indented);
    }

    private static JsonNode? Empty(string? type, DateOnly today) => type switch
    {
        "number" or "integer" => 0,
        "boolean" => false,
        "date" => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "datetime" => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:00:00+07:00",
        "object" => new JsonObject(),
        "array" => new JsonArray(),
        _ => string.Empty,
    };

    /// <summary>
    /// The embedded samples with the key of the catalog workflow they run: a catalog file is named by its key, so a
    /// scenario of <c>workflows/definitions/&lt;key&gt;.workflow.json</c> is one of that key's.
    /// </summary>
    private static IReadOnlyList<(string Key, SampleScenario Scenario)> LoadSamples()
    {
        var assembly = typeof(DryRunScenarios).Assembly;
        var samples = new List<(string, SampleScenario)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var json = Read(assembly, resource);
            var workflow = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })?["workflow"]?.GetValue<string>();
            if (workflow is null || !workflow.Replace('\\', '/').Contains("workflows/definitions/", StringComparison.Ordinal) || !workflow.EndsWith(WorkflowSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var file = workflow[(workflow.Replace('\\', '/').LastIndexOf('/') + 1)..];
            samples.Add((file[..^WorkflowSuffix.Length], new SampleScenario(resource[Prefix.Length..^Suffix.Length], json)));
        }

        return samples;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
