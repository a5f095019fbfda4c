using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What passes a vote (ngưỡng thông qua): <c>{ "moreThan": 0.5, "of": "attendees" }</c> (Law 10/2022/QH15 Art. 51.2.c:
/// more than 50% of those present) or <c>{ "atLeast": 0.8, "of": "members" }</c> (Decree 98/2023 Art. 30.7: at least
/// 80% of all council members for the Grassroots Emulation Fighter). The base <c>of</c> is <c>attendees</c> (everyone
/// who voted, abstentions included), <c>members</c> (the whole electorate, present or not) or <c>votes</c> (yes + no).
/// </summary>
public sealed record VoteThreshold(VoteFraction Share, bool Strict, string Of) : IPropertyValue<VoteThreshold>
{
    public const string Attendees = "attendees";
    public const string Members = "members";
    public const string Votes = "votes";

    public static PropertyKind Kind => PropertyKind.Json;

    /// <summary>The keys of a threshold: <c>{ "moreThan" | "atLeast", "of" }</c>.</summary>
    public static ObjectShape? Shape { get; } = new(
        "voteThreshold", [new("moreThan", PropertyKind.Value), new("atLeast", PropertyKind.Value), new("of", PropertyKind.Text)]);

    /// <summary>The default: more than half of the attendees (Law 10/2022/QH15 Art. 51.2.c).</summary>
    public static readonly VoteThreshold MajorityOfAttendees = new(VoteFraction.Half, true, Attendees);

    public bool IsPassedBy(VoteCount count)
    {
        var total = Of switch
        {
            Members => count.Members,
            Votes => count.Yes + count.No,
            _ => count.Attendees,
        };
        return Strict ? Share.IsExceededBy(count.Yes, total) : Share.IsMetBy(count.Yes, total);
    }

    public JsonObject ToJson() => new() { [Strict ? "moreThan" : "atLeast"] = Share.ToString(), ["of"] = Of };

    public static VoteThreshold? Read(JsonElement value, NodeCompileContext context, string property)
    {
        var threshold = Read(value);
        if (threshold is null)
        {
            context.Error(Text.Format(ActivityMessages.ThresholdShape, property, ActivityMessages.ShareShape));
        }

        return threshold;
    }

    public static VoteThreshold? Read(JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var strict = v.TryGetProperty("moreThan", out var share);
        if (!strict && !v.TryGetProperty("atLeast", out share))
        {
            return null;
        }

        var of = v.TryGetProperty("of", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : Attendees;
        return of is Attendees or Members or Votes && VoteFraction.Read(share) is { } fraction ? new VoteThreshold(fraction, strict, of) : null;
    }
}
