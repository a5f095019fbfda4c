using System.Globalization;
using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Definitions;
using DienHong.Web.Resources;
using DienHong.Workflows.Organization;
using Humanizer;

namespace DienHong.Web.Components.Cases;

/// <summary>
/// A case's variables as labelled fields (thông tin hồ sơ): in the order the definition declares them, each labelled
/// with the first phrase of its declared description (vi/en; the whole of it kept for a title) or else its name in words; dates as dd/MM/yyyy, yes/no in words, a person's
/// id as their name, lists joined, anything else as compact JSON.
/// </summary>
public static class CaseFields
{
    private static readonly string[] PhraseEnds = [": ", " (", ". "];

    public static IReadOnlyList<CaseField> Of(JsonElement variables, WorkflowDefinition? definition, OrganizationDirectory organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (variables.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var labels = Labels(definition);
        var declared = definition?.Variables.Select(v => v.Name).ToList() ?? [];
        return [.. variables.EnumerateObject()
            .OrderBy(p => declared.IndexOf(p.Name) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => labels.GetValueOrDefault(p.Name)?.For(CultureInfo.CurrentUICulture.Name) is { } described
                ? new CaseField(p.Name, Label(described), Value(p.Value, definition?.FindVariable(p.Name)?.Type, organization), described)
                : new CaseField(p.Name, p.Name.Humanize(), Value(p.Value, definition?.FindVariable(p.Name)?.Type, organization)))];
    }

    /// <summary>
    /// What a case is about, for a list (tóm tắt hồ sơ): at most <paramref name="max"/> of the fields its start took,
    /// texts, numbers and dates (the person's name, the year, the title; not lists, forms or yes/no), the required
    /// ones first, each in declared order, leaving out empty ones. Without its definition nothing says which identify it.
    /// </summary>
    public static IReadOnlyList<CaseField> Summary(JsonElement variables, WorkflowDefinition? definition, OrganizationDirectory organization, int max = 2)
    {
        if (definition is null)
        {
            return [];
        }

        var chosen = definition.Variables
            .Where(v => definition.AcceptsInput(v) && v.Type is "string" or "integer" or "number" or "date" or "datetime")
            .OrderBy(v => !v.Required)
            .Select(v => v.Name)
            .ToList();
        var fields = Of(variables, definition, organization).Where(f => chosen.Contains(f.Name) && f.Value != CasesText.Empty).ToDictionary(f => f.Name);
        return [.. chosen.Where(fields.ContainsKey).Select(n => fields[n]).Take(max)];
    }

    /// <summary>A description's first phrase: the catalog's descriptions go on to explain values and rules after a colon, a bracket or a full stop.</summary>
    public static string Label(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var end = PhraseEnds.Select(s => description.IndexOf(s, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(description.Length).Min();
        return description[..end].TrimEnd('.', ' ');
    }

    public static string Value(JsonElement value, string? type, OrganizationDirectory organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return value.ValueKind switch
        {
            JsonValueKind.True => CasesText.Yes,
            JsonValueKind.False => CasesText.No,
            JsonValueKind.Null or JsonValueKind.Undefined => CasesText.Empty,
            JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString("#,0.##########", CultureInfo.CurrentCulture) : value.GetRawText(),
            JsonValueKind.String => Text(value.GetString()!, type, organization),
            JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) =>
                value.GetArrayLength() == 0 ? CasesText.Empty : string.Join(", ", value.EnumerateArray().Select(v => Value(v, null, organization))),
            _ => value.GetRawText(),
        };
    }

    private static string Text(string text, string? type, OrganizationDirectory organization)
    {
        if (text.Length == 0)
        {
            return CasesText.Empty;
        }

        if (type is "date" or null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("dd/MM/yyyy", CultureInfo.CurrentCulture);
        }

        if (type is "datetime" && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return CaseDates.Time(at);
        }

        return organization.FindPerson(text)?.FullName ?? text;
    }

    /// <summary>The declared descriptions by variable name; the definition model keeps only what the engine needs, so they are read from its JSON.</summary>
    private static Dictionary<string, LocalizedText> Labels(WorkflowDefinition? definition)
    {
        var labels = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (definition is null)
        {
            return labels;
        }

        using var source = definition.ParseSource();
        if (!source.RootElement.TryGetProperty("variables", out var variables) || variables.ValueKind != JsonValueKind.Array)
        {
            return labels;
        }

        foreach (var variable in variables.EnumerateArray())
        {
            if (variable.ValueKind == JsonValueKind.Object && variable.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && variable.TryGetProperty("description", out var description) && Localized(description) is { } text)
            {
                labels[name.GetString()!] = text;
            }
        }

        return labels;
    }

    private static LocalizedText? Localized(JsonElement text) => text.ValueKind switch
    {
        JsonValueKind.String => new LocalizedText(text.GetString()!),
        JsonValueKind.Object when text.TryGetProperty("vi", out var vi) && vi.ValueKind == JsonValueKind.String =>
            new LocalizedText(vi.GetString()!, text.TryGetProperty("en", out var en) && en.ValueKind == JsonValueKind.String ? en.GetString() : null),
        _ => null,
    };
}
