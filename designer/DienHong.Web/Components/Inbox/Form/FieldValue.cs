using System.Text.Json.Nodes;

namespace DienHong.Web.Components.Inbox.Form;

/// <summary>What a field's input holds (giá trị trường): the value to send, or why what was typed cannot be sent.</summary>
public sealed record FieldValue(JsonNode? Value, string? Problem = null);
