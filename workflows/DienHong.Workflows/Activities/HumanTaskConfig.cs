using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>A HumanTask node's configuration, read once per definition version.</summary>
public sealed record HumanTaskConfig(
    Assignee Assignee,
    IReadOnlyList<string> Outcomes,
    DurationValue? Due,
    IReadOnlyList<Reminder> Reminders,
    Escalation? Escalation);
