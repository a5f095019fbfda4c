using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// The completion policy of a parallel review (điều kiện kết thúc xem xét song song). Every policy decides as soon as
/// the result can no longer change, except <c>all</c>, which waits for every reviewer's answer.
/// </summary>
public sealed record ParallelReviewCompletion(ParallelReviewCompletionKind Kind, int Value = 0) : IPropertyValue<ParallelReviewCompletion>
{
    public static readonly ParallelReviewCompletion All = new(ParallelReviewCompletionKind.All);

    static PropertyKind IPropertyValue<ParallelReviewCompletion>.Kind => PropertyKind.Json;

    /// <summary>The object forms: <c>{ "atLeast": k }</c> or <c>{ "percentage": p }</c>.</summary>
    public static ObjectShape? Shape { get; } = new("reviewCompletion", [new("atLeast", PropertyKind.Number), new("percentage", PropertyKind.Number)]);

    public static ParallelReviewCompletion? Read(JsonElement value, NodeCompileContext context, string property)
    {
        var completion = Read(value);
        if (completion is null)
        {
            context.Error(ActivityMessages.CompletionShape);
        }

        return completion;
    }

    /// <summary>Reads the <c>completion</c> property; null when it is malformed.</summary>
    public static ParallelReviewCompletion? Read(JsonElement? value)
    {
        switch (value)
        {
            case null:
                return All;
            case { ValueKind: JsonValueKind.String } s:
                return s.GetString() switch
                {
                    "all" => All,
                    "any" => new(ParallelReviewCompletionKind.Any),
                    "majority" => new(ParallelReviewCompletionKind.Majority),
                    "vetoOnReject" => new(ParallelReviewCompletionKind.VetoOnReject),
                    _ => null,
                };
            case { ValueKind: JsonValueKind.Object } o when o.EnumerateObject().Count() == 1:
                if (o.TryGetProperty("atLeast", out var k) && k.TryGetInt32(out var n) && n >= 1)
                {
                    return new(ParallelReviewCompletionKind.AtLeast, n);
                }

                if (o.TryGetProperty("percentage", out var p) && p.TryGetInt32(out var percent) && percent is > 0 and <= 100)
                {
                    return new(ParallelReviewCompletionKind.Percentage, percent);
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="total"/> reviewers can ever satisfy the policy (an atLeast k needs k of them).</summary>
    public bool Reachable(int total) => Kind != ParallelReviewCompletionKind.AtLeast || Value <= total;

    /// <summary>
    /// True (approved), false (rejected), or null while the <paramref name="pending"/> answers could still change the
    /// result. Answers that are neither approval nor rejection (e.g. an abstention) count for neither.
    /// </summary>
    public bool? Decide(int approve, int reject, int pending, int total) =>
        Kind switch
        {
            ParallelReviewCompletionKind.All => pending > 0 ? null : approve == total,
            ParallelReviewCompletionKind.VetoOnReject => reject > 0 ? false : pending == 0 ? true : null,
            ParallelReviewCompletionKind.Any => approve > 0 ? true : pending == 0 ? false : null,
            ParallelReviewCompletionKind.Majority => Threshold(approve, pending, (total / 2) + 1),
            ParallelReviewCompletionKind.AtLeast => Threshold(approve, pending, Value),
            _ => Threshold(approve, pending, (int)Math.Ceiling(total * Value / 100.0)),
        };

    private static bool? Threshold(int approve, int pending, int needed) =>
        approve >= needed ? true : approve + pending < needed ? false : null;
}
