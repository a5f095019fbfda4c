using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Organization;
using DienHong.Workflows.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Who a task goes to (người thực hiện): a role of the instance's agency, a named user, or an expression giving a
/// user id. Stored on the bookmark as <c>role:hr</c> or <c>user:E0142</c>, which the inbox index looks up. The one
/// reading and the one resolution every activity uses. A role may name another <see cref="Agency"/>: an agency id,
/// <c>superior</c> (the superior body, cơ quan cấp trên, of the instance's agency), or an expression giving one of
/// those or nothing (the instance's agency); it is then stored as <c>role:head@ubnd-huyen</c>.
/// </summary>
public sealed record Assignee(string? Role, string? User, string? Expression, string? Agency = null) : IPropertyValue<Assignee>
{
    /// <summary>The <c>agency</c> value that means the superior body of the instance's agency.</summary>
    public const string SuperiorAgency = "superior";

    public static PropertyKind Kind => PropertyKind.Assignee;

    public static ObjectShape? Shape => DefinitionShapes.Assignee;

    /// <summary>An assignee with exactly one of <c>role</c>, <c>user</c>, <c>expression</c>; null otherwise (the descriptor's check names the shape).</summary>
    public static Assignee? Read(JsonElement value, NodeCompileContext context, string property)
    {
        var assignee = Read(value);
        if (assignee is { Agency: not null, Role: null })
        {
            context.Error(Text.Format(ActivityMessages.AssigneeAgencyNeedsRole, property));
        }

        return assignee;
    }

    public static Assignee? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return null;
        }

        static string? S(JsonElement o, string n) => o.TryGetProperty(n, out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
        var assignee = new Assignee(S(v, "role"), S(v, "user"), S(v, "expression"), S(v, "agency"));
        return new[] { assignee.Role, assignee.User, assignee.Expression }.Count(x => x is not null) == 1 ? assignee : null;
    }

    public static string ForRole(string role) => "role:" + role;

    public static string ForUser(string user) => "user:" + user;

    /// <summary>The stored form: <c>role:head</c>, <c>role:head@agency</c>, <c>user:E0142</c>, or the user the expression gives now (nobody faults the node).</summary>
    public string Resolve(ActivityContext context)
    {
        if (Role is { } role)
        {
            return OtherAgency(context) is { } agency ? ForRole(role + "@" + agency) : ForRole(role);
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

    /// <summary>The agency the role is looked up in when it is not the instance's own; null for the instance's own.</summary>
    private string? OtherAgency(ActivityContext context)
    {
        var named = Agency is { } a && a.StartsWith('=') ? context.EvaluateExpression(a)?.ToString() : Agency;
        if (string.IsNullOrEmpty(named) || named == context.Agency)
        {
            return null;
        }

        if (named != SuperiorAgency)
        {
            return named;
        }

        // The superior body is organisation data: without it the node cannot know who chairs, so it faults.
        var superior = context.Agency is { } own ? context.Services.GetService<IOrganizationDirectory>()?.FindAgency(own)?.SuperiorId : null;
        return superior ?? throw new ActivityFaultException(Failure.Described(
            Text.Format(ActivityMessages.AssigneeNoSuperior, context.NodeId, context.Agency ?? "-")));
    }
}
