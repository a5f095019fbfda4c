using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>How many members a ballot has (tổng số thành viên): a whole number, or an expression giving one.</summary>
public sealed record VoteSize(decimal? Count, string? Expression) : IPropertyValue<VoteSize>
{
    public static PropertyKind Kind => PropertyKind.Value;

    public static ObjectShape? Shape => null;

    public static VoteSize? Read(JsonElement value, NodeCompileContext context, string property)
    {
        if (ExpressionText.IsExpression(value))
        {
            return new VoteSize(null, value.GetString());
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d >= 1 && d == decimal.Truncate(d))
        {
            return new VoteSize(d, null);
        }

        context.Error(Text.Format(ActivityMessages.VoteSizeShape, property));
        return null;
    }
}
