using DienHong.Web.Application.Instances;

namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// One played step of a dry run (bước chạy thử): its number (0 for the start), its kind, a label in the reader's
/// language, the node it is about (the one it names, else the first it entered), the fake clock after it, the nodes it entered and completed, the tasks it opened with their due dates,
/// the journal entries it wrote, the expectations that failed on it, and the case's status after it.
/// </summary>
public sealed record DryRunStep(
    int Number,
    string Kind,
    string Label,
    string? Node,
    DateTimeOffset At,
    string Status,
    IReadOnlyList<string> Entered,
    IReadOnlyList<string> Completed,
    IReadOnlyList<DryRunDue> Due,
    IReadOnlyList<JournalItem> Journal,
    IReadOnlyList<string> Failures)
{
    public bool Failed => Failures.Count > 0;
}
