namespace DienHong.Workflows.Activities;

/// <summary>
/// The answer to one objection to a disclosure (trả lời phản ánh): which objection (its number), upheld or
/// dismissed, the reply's text, who answered and when (Hanoi time), and whether it came by its deadline.
/// </summary>
public sealed record ObjectionReply(int Objection, string Outcome, string Text, string? By, string At, bool OnTime);
