using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>A ballot's quorum (số người tham dự tối thiểu): <c>{ "fraction": share }</c> of the members must vote.</summary>
public sealed record VoteQuorum(VoteFraction Fraction) : IPropertyValue<VoteQuorum>
{
    public static PropertyKind Kind => PropertyKind.Json;

    public static ObjectShape? Shape { get; } = new("voteQuorum", [new("fraction", PropertyKind.Value)]);

    public static VoteQuorum? Read(JsonElement value, NodeCompileContext context, string property)
    {
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("fraction", out var f) && VoteFraction.Read(f) is { } fraction)
        {
            return new VoteQuorum(fraction);
        }

        context.Error(Text.Format(ActivityMessages.QuorumShape, property, ActivityMessages.ShareShape));
        return null;
    }
}
