namespace DienHong.Web.Application.Voices;

/// <summary>An opinion to send (gửi ý kiến): its text, and whether it is anonymous (only where the consultation allows it).</summary>
public sealed record SubmitOpinion(string? Text, bool Anonymous = false);
