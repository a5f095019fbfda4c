using System.Text.Json;
using DienHong.Calendar;

namespace DienHong.Engine.Definitions;

/// <summary>
/// A node (bước) of the flowchart: its id, activity type, display name and the activity's own properties, kept
/// as JSON because every activity type defines its own (literals or <c>=</c> expressions).
/// </summary>
public sealed record NodeDefinition(
    string Id,
    string Type,
    LocalizedText? Name,
    IReadOnlyDictionary<string, JsonElement> Properties,
    int Line)
{
    public bool TryGetProperty(string name, out JsonElement value) => Properties.TryGetValue(name, out value);

    public string DisplayName(string? language) => Name?.For(language) ?? Id;
}
