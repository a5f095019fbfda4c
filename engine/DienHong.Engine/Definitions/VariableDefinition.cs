using System.Text.Json;

namespace DienHong.Engine.Definitions;

/// <summary>
/// A declared instance variable (biến): name, type, whether the start input must give it, and a default.
/// <see cref="Input"/> says whether a start may give it (<c>"input"</c>; null when the definition does not say);
/// <see cref="From"/> names who fills it at the start instead (<c>"from": "starter"</c>: the starting person's id).
/// </summary>
public sealed record VariableDefinition(string Name, string Type, bool Required, JsonElement? Default, bool? Input = null, string? From = null)
{
    /// <summary>The value of <c>from</c> that fills the variable with the id of the person who starts the case.</summary>
    public const string FromStarter = "starter";
}
