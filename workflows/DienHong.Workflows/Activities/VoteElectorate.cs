using System.Text.Json.Nodes;
using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>Resolves a Vote node's electorate (người có quyền biểu quyết) when the ballot opens.</summary>
internal static class VoteElectorate
{
    /// <summary>The user ids of the electorate, or null when it is a role (any user may vote, up to its size).</summary>
    public static IReadOnlyList<string>? Members(ActivityContext context, VoteConfig config)
    {
        if (config.Members is { } members)
        {
            return members;
        }

        if (config.MembersExpression is not { } expression)
        {
            return null;
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
