namespace DienHong.Web.Application.Disclosures;

/// <summary>The answer to give an objection (trả lời phản ánh): <c>Upheld</c> or <c>Dismissed</c>, as the activity defines, with its text.</summary>
public sealed record ReplyObjection(string? Outcome, string? Text);
