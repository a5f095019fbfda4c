namespace DienHong.Web.Application.Disclosures;

/// <summary>The answer to an objection (trả lời phản ánh): <c>Upheld</c> or <c>Dismissed</c>, its text, who answered and when.</summary>
public sealed record ObjectionAnswer(string Outcome, string Text, string? By, string? ByName, DateTimeOffset At);
