using System.Text.Json;
using DienHong.Calendar;

namespace DienHong.Engine.Definitions;

/// <summary>
/// A declared instance variable (biến): name, type, whether the start input must give it, and a default.
/// <see cref="Input"/> says whether a start may give it (<c>"input"</c>; null when the definition does not say);
/// <see cref="From"/> names who fills it at the start instead (<c>"from": "starter"</c>: the starting person's id);
/// <see cref="Format"/> says what a text or list holds (<c>"person"</c>: person ids), for the forms that ask for it.
/// </summary>
public sealed record VariableDefinition(string Name, string Type, bool Required, JsonElement? Default, bool? Input = null, string? From = null, string? Format = null)
{
    /// <summary>The value of <c>from</c> that fills the variable with the id of the person who starts the case.</summary>
    public const string FromStarter = "starter";

    /// <summary>The value of <c>format</c> for a person's id (a text) or a list of them (an array).</summary>
    public const string PersonFormat = "person";

    /// <summary>The variable's description for people, when it has one.</summary>
    public LocalizedText? Description { get; init; }
}
