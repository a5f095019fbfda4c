using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Resources;
using DienHong.Workflows.Organization;
using DienHong.Workflows.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Workflows.Activities;

/// <summary>Resolves a Vote node's electorate (người có quyền biểu quyết) when the ballot opens.</summary>
internal static class VoteElectorate
{
    /// <summary>
    /// The user ids of the electorate: listed, computed, or the role's members in the organisation; null for a role
    /// without an organisation (then any user may vote, up to its size).
    /// </summary>
    public static IReadOnlyList<string>? Members(ActivityContext context, VoteConfig config)
    {
        var electorate = config.Electorate!;
        if (electorate.Members is { } members)
        {
            return members;
        }

        if (electorate.Role is { } role && context.Agency is { } agency && context.Services.GetService<IOrganizationDirectory>() is { } directory)
        {
            // The role's members on the day the ballot opens, substitutes acting for absentees.
            return [.. directory.InRole(agency, role, AssigneeResolver.LocalDay(context.Now)).Select(p => p.Id)];
        }

        if (electorate.Expression is not { } expression)
        {
            return electorate.Role is not null && config.Size is null
                ? throw new InvalidOperationException(Text.Format(ActivityMessages.VoteRoleNeedsSize, context.NodeId, electorate.Role))
                : null;
        }

        return context.EvaluateExpression(expression) switch
        {
            JsonArray list => [.. list.Select(Member).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal)],
            var other => throw new InvalidOperationException(Text.Format(ActivityMessages.ElectorateGave, context.NodeId, other?.ToJsonString() ?? "null")),
        };
    }

    public static int Size(ActivityContext context, VoteConfig config, IReadOnlyList<string>? members)
    {
        if (config.Size?.Expression is { } expression)
        {
            var value = context.EvaluateExpression(expression);
            return value is JsonValue v && v.TryGetValue<double>(out var d) && d >= 0 && d == Math.Floor(d) && d <= int.MaxValue
                ? (int)d
                : throw new InvalidOperationException(Text.Format(ActivityMessages.SizeGave, context.NodeId, value?.ToJsonString() ?? "null"));
        }

        return config.Size?.Count is { } size ? (int)size : members?.Count ?? 0;
    }

    private static string Member(JsonNode? item) => item switch
    {
        JsonObject o when o["user"] is { } user => user.ToString(),
        JsonValue v => v.ToString(),
        _ => string.Empty,
    };
}
