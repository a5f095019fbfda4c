using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Who a task goes to (người thực hiện): a role of the instance's agency, a named user, or an expression giving a
/// user id. Stored on the bookmark as <c>role:hr</c> or <c>user:E0142</c>, which the inbox index looks up. The one
/// reading and the one resolution every activity uses.
/// </summary>
public sealed record Assignee(string? Role, string? User, string? Expression) : IPropertyValue<Assignee>
{
    public static PropertyKind Kind => PropertyKind.Assignee;

    public static ObjectShape? Shape => DefinitionShapes.Assignee;

    /// <summary>An assignee with exactly one of <c>role</c>, <c>user</c>, <c>expression</c>; null otherwise (the descriptor's check names the shape).</summary>
    public static Assignee? Read(JsonElement value, NodeCompileContext context, string property) => Read(value);

    public static Assignee? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return null;
        }

        static string? S(JsonElement o, string n) => o.TryGetProperty(n, out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
        var assignee = new Assignee(S(v, "role"), S(v, "user"), S(v, "expression"));
        return new[] { assignee.Role, assignee.User, assignee.Expression }.Count(x => x is not null) == 1 ? assignee : null;
    }

    public static string ForRole(string role) => "role:" + role;

    public static string ForUser(string user) => "user:" + user;

    /// <summary>The stored form: <c>role:head</c>, <c>user:E0142</c>, or the user the expression gives now (nobody faults the node).</summary>
    public string Resolve(ActivityContext context)
    {
        if (Role is { } role)
        {
            return ForRole(role);
        }

        if (User is { } user)
        {
            return ForUser(user);
        }

        var value = context.EvaluateExpression(Expression!)?.ToString();
        return string.IsNullOrEmpty(value)
            ? throw new ActivityFaultException(new Failure(IncidentCodes.AssigneeEmpty, [context.NodeId, Expression]))
            : ForUser(value);
    }
}
