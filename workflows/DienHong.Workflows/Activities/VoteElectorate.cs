using System.Text.Json.Nodes;
using DienHong.Engine.Activities;

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
        if (config.Members is { } members)
        {
            return members;
        }

        if (config.Role is { } role && context.Agency is { } agency
            && context.Services.GetService(typeof(Organization.IOrganizationDirectory)) is Organization.IOrganizationDirectory directory)
        {
            // The role's members on the day the ballot opens, substitutes acting for absentees.
            return [.. directory.InRole(agency, role, Organization.AssigneeResolver.LocalDay(context.Now)).Select(p => p.Id)];
        }

        if (config.MembersExpression is not { } expression)
        {
            return config.Role is not null && config.Size is null && config.SizeExpression is null
                ? throw new InvalidOperationException($"Vote '{context.NodeId}' is by role '{config.Role}': it needs the organisation (the instance's agency) or a 'size'.")
                : null;
        }

        return context.EvaluateExpression(expression) switch
        {
            JsonArray list => [.. list.Select(Member).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal)],
            var other => throw new InvalidOperationException(
                $"The electorate expression of vote '{context.NodeId}' gave {other?.ToJsonString() ?? "null"}, not a list of user ids."),
        };
    }

    public static int Size(ActivityContext context, VoteConfig config, IReadOnlyList<string>? members)
    {
        if (config.SizeExpression is { } expression)
        {
            var value = context.EvaluateExpression(expression);
            return value is JsonValue v && v.TryGetValue<double>(out var d) && d >= 0 && d == Math.Floor(d) && d <= int.MaxValue
                ? (int)d
                : throw new InvalidOperationException($"The size expression of vote '{context.NodeId}' gave {value?.ToJsonString() ?? "null"}, not a number of members.");
        }

        return config.Size is { } size ? (int)size : members?.Count ?? 0;
    }

    private static string Member(JsonNode? item) => item switch
    {
        JsonObject o when o["user"] is { } user => user.ToString(),
        JsonValue v => v.ToString(),
        _ => string.Empty,
    };
}
