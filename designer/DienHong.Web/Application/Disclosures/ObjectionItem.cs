namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// An objection to a posting (phản ánh) by its number: its text and time, who sent it (never for an anonymous one),
/// whether the reader sent it, the answer once given, and while it waits, its reply task (the answerer's inbox task).
/// </summary>
public sealed record ObjectionItem(
    int Number,
    string Text,
    bool Anonymous,
    DateTimeOffset At,
    string? Objector,
    string? ObjectorName,
    bool Mine,
    ObjectionAnswer? Reply,
    string? ReplyTaskId,
    DateTimeOffset? ReplyDueAt);
