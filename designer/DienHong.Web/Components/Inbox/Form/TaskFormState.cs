using System.Text.Json.Nodes;
using DienHong.Engine.Resources;
using DienHong.Web.Application;
using DienHong.Web.Application.Tasks;
using DienHong.Web.Resources;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Components.Inbox.Form;

/// <summary>
/// What has been filled in a task's form (dữ liệu biểu mẫu), and its check before a decision is sent: every field the
/// outcome needs is filled and nothing typed is unreadable; each error belongs to its field. The field named
/// <c>attachments</c> is the decision's attachments, as the API takes them; the others are its data.
/// </summary>
public sealed class TaskFormState
{
    public const string AttachmentsField = "attachments";

    private readonly Dictionary<string, FieldValue> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> errors = new(StringComparer.Ordinal);

    public TaskFormState(IReadOnlyList<TaskFormField> fields)
    {
        Fields = fields;
        foreach (var field in fields.Where(f => f.Default is not null))
        {
            values[field.Name] = new FieldValue(field.Default!.DeepClone());
        }
    }

    public IReadOnlyList<TaskFormField> Fields { get; }

    public JsonNode? ValueOf(string field) => values.GetValueOrDefault(field)?.Value;

    public string? ErrorOf(string field) => errors.GetValueOrDefault(field);

    /// <summary>Whether the field is required for some outcome, so its label is marked.</summary>
    public static bool Marked(TaskFormField field) => field.Required || field.RequiredFor.Count > 0;

    /// <summary>A field changed: its new value, and its error cleared or set by what was typed.</summary>
    public void Set(string field, FieldValue value)
    {
        values[field] = value;
        if (value.Problem is { } problem)
        {
            errors[field] = problem;
        }
        else
        {
            errors.Remove(field);
        }
    }

    /// <summary>The data and attachments to decide with <paramref name="outcome"/>, or false with each error beside its field.</summary>
    public bool TryCollect(string outcome, out JsonObject? data, out IReadOnlyList<string>? attachments)
    {
        errors.Clear();
        data = null;
        attachments = null;
        var filled = new JsonObject();
        foreach (var field in Fields)
        {
            var value = values.GetValueOrDefault(field.Name);
            if (value?.Problem is { } problem)
            {
                errors[field.Name] = problem;
            }
            else if (field.IsRequiredFor(outcome) && !TaskForm.IsFilled(value?.Value))
            {
                errors[field.Name] = Text.Format(InboxText.FieldRequired, InboxLabels.Outcome(outcome));
            }
            else if (value?.Value is { } given && TaskForm.IsFilled(given))
            {
                filled[field.Name] = given.DeepClone();
            }
        }

        if (errors.Count > 0)
        {
            return false;
        }

        if (filled[AttachmentsField] is JsonArray list)
        {
            attachments = [.. list.OfType<JsonValue>().Select(v => v.ToString())];
            filled.Remove(AttachmentsField);
        }

        data = filled.Count == 0 ? null : filled;
        return true;
    }

    /// <summary>Puts a refusal about one field beside it (a required field, a missing proof); false when it is about none.</summary>
    public bool Place(ServiceRefusal refusal)
    {
        var field = refusal.Code.Value == ActivityRefusals.FieldRequired.Value && refusal.Args.Count > 1 ? refusal.Args[1] as string
            : refusal.Code.Value == ActivityRefusals.PostingProof.Value ? AttachmentsField
            : null;
        if (field is null || Fields.All(f => f.Name != field))
        {
            return false;
        }

        errors[field] = refusal.Message();
        return true;
    }
}
