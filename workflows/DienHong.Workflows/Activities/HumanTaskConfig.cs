using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>A HumanTask node's configuration, read once per definition version.</summary>
public sealed record HumanTaskConfig(
    Assignee Assignee,
    IReadOnlyList<string> Outcomes,
    DurationValue? Due,
    IReadOnlyList<Reminder> Reminders,
    Escalation? Escalation)
{
    /// <summary>The declared variable that receives the completion's data, outcome and actor.</summary>
    public string? ResultVariable { get; init; }

    /// <summary>The task bookmark's payload (the outcomes offered), the same for every instance of the node.</summary>
    public string PayloadJson { get; } = new System.Text.Json.Nodes.JsonObject
    {
        ["outcomes"] = new System.Text.Json.Nodes.JsonArray(Outcomes.Select(o => (System.Text.Json.Nodes.JsonNode?)o).ToArray()),
    }.ToJsonString();
}
