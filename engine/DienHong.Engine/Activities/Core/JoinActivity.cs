using System.Text.Json;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>
/// Join (hợp nhánh): synchronises inbound branches by its policy. The engine runs joins itself (they keep arrival
/// state across runs); this class declares the type and reads the policy.
/// </summary>
public sealed class JoinActivity : IActivity
{
    /// <summary>The object form of a policy: <c>{ "atLeast": k }</c>.</summary>
    public static readonly ObjectShape Policy = new("joinPolicy", [new("atLeast", PropertyKind.Number)]);

    public ActivityDescriptor Descriptor { get; } = new(
        "Join",
        T("Hợp nhánh", "Join"),
        T("Chờ các nhánh vào theo chính sách: all, any, majority, atLeast.", "Waits for inbound branches by policy: all, any, majority, atLeast."),
        "control",
        [Prop("policy", PropertyKind.Json, false, "Chính sách hợp nhánh (mặc định all).", "The join policy (default all).") with { Shape = Policy }],
        []);

    public object? Compile(NodeCompileContext context)
    {
        var shape = ValidationMessages.JoinPolicyShape;
        switch (context.Property("policy"))
        {
            case null:
                return JoinPolicy.All;
            case { ValueKind: JsonValueKind.String } s:
                var kind = s.GetString() switch
                {
                    "all" => JoinPolicyKind.All,
                    "any" => JoinPolicyKind.Any,
                    "majority" => JoinPolicyKind.Majority,
                    _ => (JoinPolicyKind?)null,
                };
                if (kind is null)
                {
                    context.Error(shape);
                    return JoinPolicy.All;
                }

                return new JoinPolicy(kind.Value);
            case { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("atLeast", out var k) && k.ValueKind == JsonValueKind.Number && k.TryGetInt32(out var n) && n >= 1:
                return new JoinPolicy(JoinPolicyKind.AtLeast, n);
            default:
                context.Error(shape);
                return JoinPolicy.All;
        }
    }

    public ActivityResult Execute(ActivityContext context) =>
        throw new InvalidOperationException("Joins are run by the engine.");
}
