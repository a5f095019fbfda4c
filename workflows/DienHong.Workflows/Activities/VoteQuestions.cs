using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Organization;
using DienHong.Workflows.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Workflows.Activities;

/// <summary>
/// The questions of a ballot with several questions (phiếu biểu quyết nhiều nội dung), e.g. one per nominee:
/// a list of <c>{ "id", "label" }</c>, or an expression giving a list of ids or of such objects (the nominees from a
/// variable). A question given as the user id of a person in the organisation is labelled with the person's name.
/// </summary>
public sealed record VoteQuestions(IReadOnlyList<VoteQuestion>? Listed, string? Expression) : IPropertyValue<VoteQuestions>
{
    public static PropertyKind Kind => PropertyKind.Json;

    /// <summary>One listed question: <c>{ "id", "label" }</c>.</summary>
    public static ObjectShape? Shape { get; } = new("voteQuestion", [new("id", PropertyKind.Text), new("label", PropertyKind.LocalizedText)]);

    public static VoteQuestions? Read(JsonElement value, NodeCompileContext context, string property)
    {
        if (ExpressionText.IsExpression(value))
        {
            return new VoteQuestions(null, value.GetString());
        }

        var listed = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(ReadOne).ToList() : null;
        if (listed is null || listed.Count == 0 || listed.Any(q => q is null))
        {
            context.Error(Text.Format(ActivityMessages.VoteQuestionsShape, property));
            return null;
        }

        if (listed.Select(q => q!.Id).Distinct(StringComparer.Ordinal).Count() != listed.Count)
        {
            context.Error(Text.Format(ActivityMessages.VoteQuestionTwice, property));
        }

        return new VoteQuestions([.. listed!], null);
    }

    /// <summary>The questions of the ballot when it opens; an expression that gives anything but ids or questions is a fault.</summary>
    public IReadOnlyList<VoteQuestion> Resolve(ActivityContext context)
    {
        if (Listed is { } listed)
        {
            return listed;
        }

        var value = context.EvaluateExpression(Expression!);
        var items = value is JsonArray list ? list.Select(Computed).ToList() : null;
        if (items is null || items.Any(q => q is null))
        {
            throw new InvalidOperationException(Text.Format(ActivityMessages.VoteQuestionsGave, context.NodeId, value?.ToJsonString() ?? "null"));
        }

        var directory = context.Services.GetService<IOrganizationDirectory>();
        return [.. items.Select(q => q!.Value).DistinctBy(q => q.Id, StringComparer.Ordinal).Select(q => Named(q.Id, q.Label, directory))];
    }

    private static VoteQuestion? ReadOne(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && id.GetString()!.Trim() is { Length: > 0 } text
            ? new VoteQuestion(text, DefinitionReader.Text(item, "label") ?? new LocalizedText(text))
            : null;

    /// <summary>A question from an expression: an id, or <c>{ id | user, label }</c>; a label left out is filled in later.</summary>
    private static (string Id, LocalizedText? Label)? Computed(JsonNode? item)
    {
        var (id, label) = item switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => (s, null),
            JsonObject o => ((o["id"] ?? o["user"]) is JsonValue i && i.TryGetValue<string>(out var s) ? s : null, o["label"]),
            _ => ((string?)null, (JsonNode?)null),
        };
        if (id?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        var localized = label switch
        {
            JsonValue l when l.TryGetValue<string>(out var s) => new LocalizedText(s),
            JsonObject l when l["vi"] is JsonValue vi && vi.TryGetValue<string>(out var s) => new LocalizedText(s, l["en"]?.ToString()),
            _ => null,
        };
        return (text, localized);
    }

    private static VoteQuestion Named(string id, LocalizedText? label, IOrganizationDirectory? directory) =>
        new(id, label ?? (directory?.FindPerson(id) is { } person ? new LocalizedText(person.FullName) : new LocalizedText(id)));
}
