using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Activities;

/// <summary>
/// The engine's check of a person's resume of a task (kiểm tra thao tác), before the activity sees it: an action
/// must be declared by the node's type and offered by the bookmark, name a person when it needs one, and carry its
/// data's keys with the declared kinds; without an action, the outcome must be one the task offers. A task whose
/// payload carries no offer (an activity that predates offers) is checked against its type's declared actions only.
/// </summary>
internal static class ActionGate
{
    public static Refusal? Check(CompiledNode node, BookmarkRecord bookmark, ResumeInput input)
    {
        if (input.IsWake || bookmark.Kind != BookmarkKind.Task)
        {
            return null;
        }

        var offer = TaskOffer.Read(bookmark.Payload);
        if (input.Action is not { } name)
        {
            if (offer is null)
            {
                return null;
            }

            if (offer.Outcomes.Count == 0)
            {
                return new Refusal(RefusalCodes.ActionRequired, node.Id, string.Join(", ", offer.Actions));
            }

            return input.Outcome is { } outcome && offer.Outcomes.Contains(outcome)
                ? null
                : new Refusal(RefusalCodes.TaskOutcome, node.Id, string.Join(", ", offer.Outcomes), input.Outcome);
        }

        var descriptor = node.Activity.Descriptor;
        if (descriptor.Action(name) is not { } action || (offer is not null && !offer.Actions.Contains(name)))
        {
            return new Refusal(RefusalCodes.ActionUnknown, node.Id, name, string.Join(", ", offer?.Actions ?? [.. descriptor.Actions.Select(a => a.Name)]));
        }

        if (action.NeedsActor && input.By is null)
        {
            return new Refusal(RefusalCodes.ActorRequired, node.Id);
        }

        foreach (var field in action.Data)
        {
            var value = input.Data?[field.Name];
            if ((value is null && field.Required) || (value is not null && !Fits(field.Kind, value)))
            {
                return new Refusal(RefusalCodes.ActionData, node.Id, name, field.Name, field.Kind);
            }
        }

        return null;
    }

    private static bool Fits(PropertyKind kind, JsonNode value) => kind switch
    {
        PropertyKind.Text => value.GetValueKind() == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetValue<string>()),
        PropertyKind.Boolean => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        PropertyKind.Number => value.GetValueKind() == JsonValueKind.Number,
        _ => true,
    };
}
