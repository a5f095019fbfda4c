using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// The forms of disclosure of Law 10/2022 Art. 47.1 (hình thức công khai): a list checked when the definition is
/// compiled, or an expression whose list is checked when the node runs.
/// </summary>
public sealed record DisclosureChannels(IReadOnlyList<string>? List, string? Expression) : IPropertyValue<DisclosureChannels>
{
    /// <summary>The channels the engine knows (niêm yết, mạng nội bộ, hội nghị, văn bản).</summary>
    public static readonly IReadOnlyList<string> Known = ["notice-board", "intranet", "meeting", "written-notice"];

    /// <summary>The default channels: posted at the office and on the intranet.</summary>
    public static readonly IReadOnlyList<string> Default = ["notice-board", "intranet"];

    public static PropertyKind Kind => PropertyKind.StringList;

    public static ObjectShape? Shape => null;

    public static DisclosureChannels? Read(JsonElement value, NodeCompileContext context, string property)
    {
        if (ExpressionText.IsExpression(value))
        {
            return new DisclosureChannels(null, value.GetString());
        }

        var list = Check(JsonNode.Parse(value.GetRawText()), property, out var problem);
        if (problem is not null)
        {
            context.Error(problem);
        }

        return list is null ? null : new DisclosureChannels(list, null);
    }

    /// <summary>The channels now: the list, or what the expression gives; null and the problem when that is not a list of known channels.</summary>
    public IReadOnlyList<string>? Resolve(ActivityContext context, string property, out string? problem)
    {
        problem = null;
        return List ?? Check(context.EvaluateExpression(Expression!), property, out problem);
    }

    private static List<string>? Check(JsonNode? value, string property, out string? problem)
    {
        problem = null;
        if (value is null)
        {
            return [.. Default];
        }

        var allowed = string.Join(", ", Known);
        if (value is not JsonArray list || list.Any(c => c is not JsonValue))
        {
            problem = Text.Format(ActivityMessages.ChannelsNotList, property, allowed);
            return null;
        }

        var channels = list.Select(c => c!.ToString()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = channels.Where(c => !Known.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            problem = Text.Format(ActivityMessages.ChannelsUnknown, property, string.Join(", ", unknown), allowed);
            return null;
        }

        if (channels.Count == 0)
        {
            problem = Text.Format(ActivityMessages.ChannelsEmpty, property, allowed);
            return null;
        }

        return channels;
    }
}
