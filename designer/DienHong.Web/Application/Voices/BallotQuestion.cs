using DienHong.Calendar;

namespace DienHong.Web.Application.Voices;

/// <summary>One question of a ballot with several (nội dung biểu quyết), e.g. a nominee: its id and label.</summary>
public sealed record BallotQuestion(string Id, LocalizedText Label);
