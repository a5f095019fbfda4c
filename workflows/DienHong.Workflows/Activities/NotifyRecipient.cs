using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Who a notification goes to (người nhận): <c>{ "role": r }</c> (the role in the instance's agency),
/// <c>{ "user": id }</c>, <c>{ "email": address }</c>, or <c>{ "expression": "=..." }</c> giving user ids at run
/// time. Journalled as <c>{ "role" }</c>, <c>{ "user" }</c> or <c>{ "email" }</c>.
/// </summary>
public sealed record NotifyRecipient(string Kind, string Value)
{
    public const string Role = "role";
    public const string User = "user";
    public const string Email = "email";
    public const string Expression = "expression";

    /// <summary>The keys of a recipient; exactly one is given.</summary>
    public static readonly ObjectShape Keys = new(
        "notifyRecipient",
        [new(Role, PropertyKind.Text), new(User, PropertyKind.Text), new(Email, PropertyKind.Text), new(Expression, PropertyKind.Expression)]);

    /// <summary>The inbox key of a role or user recipient (<c>role:hr</c>, <c>user:E0142</c>); null for an e-mail address.</summary>
    public string? InboxKey => Kind is Role or User ? $"{Kind}:{Value}" : null;

    public JsonObject ToJson() => new() { [Kind] = Value };

    public static NotifyRecipient? Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var kind in new[] { Role, User, Email, Expression })
        {
            if (item.TryGetProperty(kind, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0)
            {
                var value = v.GetString()!.Trim();
                return kind == Email && !IsEmail(value) ? null : new NotifyRecipient(kind, value);
            }
        }

        return null;
    }

    public static NotifyRecipient? FromJson(JsonNode? node) =>
        node is JsonObject o && o.Count == 1 && o.First() is var (kind, value) && kind is Role or User or Email && value?.ToString() is { Length: > 0 } text
            ? new NotifyRecipient(kind, text)
            : null;

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }
}
