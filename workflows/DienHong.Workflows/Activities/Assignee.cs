using System.Text.Json;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Who a task goes to (người thực hiện): a role of the instance's agency, a named user, or an expression giving a
/// user id. Stored on the bookmark as <c>role:hr</c> or <c>user:E0142</c>, which the inbox index looks up.
/// </summary>
public sealed record Assignee(string? Role, string? User, string? Expression)
{
    public static Assignee? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return null;
        }

        static string? S(JsonElement o, string n) => o.TryGetProperty(n, out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
        return new Assignee(S(v, "role"), S(v, "user"), S(v, "expression"));
    }

    public static string ForRole(string role) => "role:" + role;

    public static string ForUser(string user) => "user:" + user;
}
