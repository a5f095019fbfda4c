using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Who votes (người có quyền biểu quyết): a fixed list of user ids, an expression giving one, or a role
/// (<c>{ "role": "staff" }</c>) whose members come from the organisation directory, or, without one, whose member
/// count is the node's <c>size</c>.
/// </summary>
public sealed record Electorate(IReadOnlyList<string>? Members, string? Expression, string? Role) : IPropertyValue<Electorate>
{
    public static PropertyKind Kind => PropertyKind.Json;

    /// <summary>An electorate given by role: <c>{ "role" }</c>.</summary>
    public static ObjectShape? Shape { get; } = new("voteElectorate", [new("role", PropertyKind.Text)]);

    public static Electorate? Read(JsonElement value, NodeCompileContext context, string property)
    {
        if (ExpressionText.IsExpression(value))
        {
            return new Electorate(null, value.GetString(), null);
        }

        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String)
        {
            return new Electorate(null, null, r.GetString());
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error(Text.Format(ActivityMessages.ElectorateShape, property));
            return null;
        }

        List<string> members = [.. value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String && m.GetString()!.Length > 0).Select(m => m.GetString()!)];
        if (members.Count != value.GetArrayLength() || members.Count == 0)
        {
            context.Error(Text.Format(ActivityMessages.ElectorateList, property));
        }
        else if (members.Distinct(StringComparer.Ordinal).Count() != members.Count)
        {
            context.Error(Text.Format(ActivityMessages.ElectorateTwice, property));
        }

        return new Electorate(members, null, null);
    }
}
