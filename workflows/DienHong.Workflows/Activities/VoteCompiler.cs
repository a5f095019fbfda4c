using System.Text.Json;
using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>Reads a Vote node's properties into a <see cref="VoteConfig"/> and reports what is wrong with them.</summary>
internal static class VoteCompiler
{
    private const string ElectorateShape =
        "property 'electorate': a list of user ids, an expression giving one (\"=...\"), or { \"role\": \"...\" } (its members from the organisation, or 'size' without one)";

    public static VoteConfig Compile(NodeCompileContext context)
    {
        List<string>? members = null;
        string? expression = null;
        string? role = null;
        switch (context.Property("electorate"))
        {
            case { ValueKind: JsonValueKind.String } s when s.GetString()!.StartsWith('=') && !s.GetString()!.StartsWith("==", StringComparison.Ordinal):
                expression = s.GetString();
                break;
            case { ValueKind: JsonValueKind.Array } list:
                members = [.. list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String && m.GetString()!.Length > 0).Select(m => m.GetString()!)];
                if (members.Count != list.GetArrayLength() || members.Count == 0)
                {
                    context.Error(ElectorateShape + "; the list must hold at least one non-empty user id");
                }
                else if (members.Distinct(StringComparer.Ordinal).Count() != members.Count)
                {
                    context.Error("property 'electorate': a member is listed twice");
                }

                break;
            case { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String:
                role = r.GetString();
                break;
            default:
                context.Error(ElectorateShape);
                break;
        }

        var (size, sizeExpression) = ReadSize(context, members, role);
        var quorum = ReadQuorum(context);
        var threshold = VoteThreshold.Read(context.Property("threshold"));
        if (threshold is null)
        {
            context.Error(VoteThreshold.Shape);
        }

        var tie = context.String("tie") ?? VoteConfig.TieFail;
        var chair = context.String("chair");
        if (tie is not (VoteConfig.TieFail or VoteConfig.TieChair))
        {
            context.Error("property 'tie': must be \"fail\" or \"chair\"");
        }
        else if (tie == VoteConfig.TieChair && string.IsNullOrEmpty(chair))
        {
            context.Error("property 'chair': a tie decided by the chair needs the chair's user id");
        }
        else if (tie == VoteConfig.TieChair && threshold is { Share.IsMajority: false })
        {
            context.Error("property 'tie': the chair decides a tie only under a majority threshold (at most one half)");
        }

        if (chair is not null && members is not null && !members.Contains(chair))
        {
            context.Error($"property 'chair': '{chair}' is not in the electorate");
        }

        var reconvene = context.Property("reconvene") is { ValueKind: JsonValueKind.True };
        if (reconvene && !context.Definition.Edges.Any(e => e.From == context.Node.Id && e.Outcome == VoteRules.NoQuorum))
        {
            context.Error("property 'reconvene': a vote that reconvenes needs an edge for the outcome 'NoQuorum' (back to a new Vote node)");
        }

        var result = context.Variable("resultVariable");

        return new VoteConfig(
            members, expression, role, size, sizeExpression, quorum, threshold ?? VoteThreshold.MajorityOfAttendees,
            context.Property("secret") is { ValueKind: JsonValueKind.True }, tie, chair, context.Duration("deadline"), reconvene, result);
    }

    private static (decimal? Size, string? Expression) ReadSize(NodeCompileContext context, List<string>? members, string? role)
    {
        switch (context.Property("size"))
        {
            case null:
                return (null, null);
            case { ValueKind: JsonValueKind.Number } n when n.TryGetDecimal(out var d) && d >= 1 && d == decimal.Truncate(d):
                if (members is not null && d != members.Count)
                {
                    context.Error($"property 'size': {d} does not match the {members.Count} members listed in 'electorate'");
                }

                return (d, null);
            case { ValueKind: JsonValueKind.String } s when s.GetString()!.StartsWith('='):
                return (null, s.GetString());
            default:
                context.Error("property 'size': a whole number of members (at least 1) or an expression");
                return (null, null);
        }
    }

    private static VoteFraction? ReadQuorum(NodeCompileContext context)
    {
        if (context.Property("quorum") is not { } q)
        {
            return null;
        }

        if (q.ValueKind == JsonValueKind.Object && q.TryGetProperty("fraction", out var f) && VoteFraction.Read(f) is { } fraction)
        {
            return fraction;
        }

        context.Error("property 'quorum': { \"fraction\": <share> } of the members who must vote, where a share is " + VoteFraction.Shape);
        return null;
    }
}
