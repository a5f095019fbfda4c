using System.Globalization;
using System.Text.Json;
using DienHong.Engine.Journal;
using DienHong.Web.Application.Instances;
using DienHong.Web.Components.Inbox;
using DienHong.Web.Resources;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Components.Cases;

/// <summary>
/// A journal entry as a sentence (diễn biến): "Nguyễn Văn A đã phê duyệt bước “Thủ trưởng quyết định”". The
/// sentence is the resource <c>Said_&lt;event&gt;</c> (or <c>Said_TaskCompleted_&lt;outcome&gt;</c>) with the person
/// ({0}), the step ({1}), the outcome ({2}) and the event's name ({3}); an event without its own sentence says its
/// name and step.
/// </summary>
public static class TimelineText
{
    public static string Sentence(JournalItem entry, string? agency, OrganizationDirectory organization)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var step = entry.NodeName?.For(CultureInfo.CurrentUICulture.Name) ?? entry.NodeId;
        var who = entry.ActorName ?? (entry.Actor is null or "system" ? CasesText.System : entry.Actor);
        var outcome = entry.Outcome is { } o ? InboxLabels.Outcome(o) : null;
        var key = entry.Event switch
        {
            JournalEvents.TaskCreated => (who = AssigneeText.Describe(Assignee(entry), agency, organization)) is null ? "Said_TaskCreated_Nobody" : "Said_TaskCreated",
            JournalEvents.TaskCompleted when entry.Outcome is { } done && Text("Said_TaskCompleted_" + done) is not null => "Said_TaskCompleted_" + done,
            JournalEvents.InstanceCompleted when outcome is not null => "Said_InstanceCompleted_Outcome",
            _ => "Said_" + entry.Event,
        };
        var template = Text(key) ?? (step is null ? CasesText.Said_OtherNoStep : CasesText.Said_Other);
        return string.Format(CultureInfo.CurrentCulture, template, who, step, outcome, InboxLabels.Event(entry.Event));
    }

    private static string? Text(string key) => CasesText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture);

    // The wait's data names whom the task went to ({"kind": "Task", "assignee": "role:head", ...}).
    private static string? Assignee(JournalItem entry) =>
        entry.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("assignee", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
}
