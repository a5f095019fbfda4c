using DienHong.Calendar;

namespace DienHong.Web.Application.Voices;

/// <summary>
/// A consultation (đợt lấy ý kiến) as a list shows it: where it is, what is asked and in what form, until when,
/// whether anonymous opinions are allowed, who responds, whether the signed-in person may give an opinion now, and
/// whether they already gave one in this window (named or anonymous: said to them alone, never who gave which).
/// </summary>
public sealed record ConsultationItem(
    string Id,
    string InstanceId,
    string NodeId,
    LocalizedText NodeName,
    string WorkflowKey,
    LocalizedText WorkflowName,
    string? Agency,
    string? CorrelationKey,
    VoiceState State,
    DateTimeOffset OpenedAt,
    string? Content,
    string? Form,
    DateTimeOffset? DueAt,
    bool AnonymousAllowed,
    string? Respondent,
    bool CanTakePart,
    bool AlreadyGaveOpinion);
