using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>
/// The empty value a new node gets for each required property (giá trị trống), by its kind: readable JSON that the
/// validator still reports as missing or wrong until someone fills it in, so the node shows what it needs.
/// </summary>
public static class Placeholders
{
    public static JsonNode? For(PropertyKind kind) => kind switch
    {
        PropertyKind.LocalizedText => new JsonObject { ["vi"] = string.Empty },
        PropertyKind.Duration or PropertyKind.Assignee or PropertyKind.Json => new JsonObject(),
        PropertyKind.StringList => new JsonArray(),
        PropertyKind.Number => JsonValue.Create(0),
        PropertyKind.Boolean => JsonValue.Create(false),
        PropertyKind.Value => null,
        _ => JsonValue.Create(string.Empty),
    };
}
