namespace DienHong.Web.Application.Voices;

/// <summary>
/// A consultation's compiled summary once its window has closed (tổng hợp ý kiến): how many opinions, how many
/// anonymous and named, their texts, and the published response when the respondent has answered.
/// </summary>
public sealed record ConsultationSummary(
    string Id,
    VoiceState State,
    int Submissions,
    int Anonymous,
    int Named,
    IReadOnlyList<Opinion> Opinions,
    DateTimeOffset? ClosedAt,
    ConsultationResponse? Response);
