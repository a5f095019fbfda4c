using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>A Consultation node's configuration, read once per definition version.</summary>
public sealed record ConsultationConfig(
    string Form,
    DurationValue Deadline,
    bool AllowAnonymous,
    Assignee Respondent,
    DurationValue ResponseDue,
    bool DiscloseResponse,
    string? SummaryVariable);
