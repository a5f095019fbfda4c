namespace DienHong.Web.Application.Voices;

/// <summary>The published response to a consultation (giải trình, tiếp thu đã công khai): its text, when and by whom.</summary>
public sealed record ConsultationResponse(string Text, DateTimeOffset At, string? By);
