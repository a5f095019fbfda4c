using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Definitions;

namespace DienHong.Web.Application.Launch;

/// <summary>
/// One input of a workflow as the launch form asks for it (trường nhập liệu): the variable's name, its type
/// (<c>string</c>, <c>number</c>, <c>integer</c>, <c>boolean</c>, <c>date</c>, <c>datetime</c>, <c>array</c>,
/// <c>object</c>, <c>any</c>), whether it is required, its default, its description, and whether it holds person ids.
/// </summary>
public sealed record LaunchField(string Name, string Type, bool Required, JsonElement? Default, LocalizedText? Description, bool Person)
{
    public static LaunchField Of(VariableDefinition v) =>
        new(v.Name, v.Type, v.Required && v.Default is null, v.Default, v.Description, v.Format == VariableDefinition.PersonFormat);
}
