namespace DienHong.Engine.Storage;

/// <summary>
/// Which runs of a step (lần chạy của một bước) to list: each is the journal entry that opened it, one of
/// <see cref="Events"/> (e.g. <c>ConsultationOpened</c>, <c>VoteOpened</c>), in the instances of
/// <see cref="Agencies"/> (all when null). <see cref="Running"/> keeps only the runs still waiting (true) or only
/// the ended ones (false). <see cref="After"/> is the <see cref="Page{T}.Next"/> of the page before.
/// </summary>
public sealed record StepRunQuery(
    IReadOnlyCollection<string> Events,
    IReadOnlyCollection<string>? Agencies = null,
    bool? Running = null,
    int PageSize = 50,
    string? After = null);
