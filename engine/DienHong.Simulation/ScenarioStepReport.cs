using DienHong.Engine.Storage;

namespace DienHong.Simulation;

/// <summary>
/// What one step of a run did (kết quả một bước), for an observer that shows a run step by step: the step (null for
/// the start), the fake clock after it, its failures (without the step's number), the journal entries it wrote, the
/// bookmarks it opened (a task's due time is on its bookmark), and the instance's status after it.
/// </summary>
public sealed record ScenarioStepReport(
    ScenarioStep? Step,
    DateTimeOffset At,
    IReadOnlyList<string> Failures,
    IReadOnlyList<JournalEntry> Written,
    IReadOnlyList<BookmarkRecord> Opened,
    IReadOnlyList<BookmarkRecord> Open,
    string Status);
