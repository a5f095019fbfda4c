using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// The reviewers of a parallel review (người xem xét): a fixed list of assignees (<c>[{ "user": "a" }, { "role": "x" }]</c>),
/// or an expression giving user ids when the node runs.
/// </summary>
public sealed record ReviewerList(IReadOnlyList<Assignee> Fixed, string? Expression) : IPropertyValue<ReviewerList>
{
    public static PropertyKind Kind => PropertyKind.Json;

    public static ObjectShape? Shape => DefinitionShapes.Assignee;

    public static ReviewerList? Read(JsonElement value, NodeCompileContext context, string property)
    {
        if (ExpressionText.IsExpression(value))
        {
            return new ReviewerList([], value.GetString());
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error(Text.Format(ActivityMessages.ReviewersShape, property));
            return null;
        }

        var reviewers = new List<Assignee>();
        foreach (var item in value.EnumerateArray())
        {
            if (Assignee.Read(item) is { } a)
            {
                reviewers.Add(a);
            }
            else
            {
                context.Error(Text.Format(ActivityMessages.ReviewerShape, property));
            }
        }

        if (reviewers.Count == 0 && !context.HasErrors)
        {
            context.Error(Text.Format(ActivityMessages.ReviewersEmpty, property));
        }

        return new ReviewerList(reviewers, null);
    }
}
