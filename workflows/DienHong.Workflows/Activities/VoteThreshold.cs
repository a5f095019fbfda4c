using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What passes a vote (ngưỡng thông qua): <c>{ "moreThan": 0.5, "of": "attendees" }</c> (Law 10/2022/QH15 Art. 51.2.c:
/// more than 50% of those present) or <c>{ "atLeast": 0.8, "of": "members" }</c> (Decree 98/2023 Art. 30.7: at least
/// 80% of all council members for the Grassroots Emulation Fighter). The base <c>of</c> is <c>attendees</c> (everyone
/// who voted, abstentions included), <c>members</c> (the whole electorate, present or not) or <c>votes</c> (yes + no).
/// </summary>
public sealed record VoteThreshold(VoteFraction Share, bool Strict, string Of)
{
    public const string Attendees = "attendees";
    public const string Members = "members";
    public const string Votes = "votes";

    public const string Shape =
        "property 'threshold': { \"moreThan\" | \"atLeast\": <share>, \"of\": \"attendees\" | \"members\" | \"votes\" } where a share is " + VoteFraction.Shape;

    /// <summary>The keys of a threshold: <c>{ "moreThan" | "atLeast", "of" }</c>.</summary>
    public static readonly ObjectShape Keys = new(
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

    public static VoteThreshold? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return value is null ? MajorityOfAttendees : null;
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
