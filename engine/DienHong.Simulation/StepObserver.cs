using DienHong.Engine.Storage;

namespace DienHong.Simulation;

/// <summary>
/// Tells an observer what each step did (theo dõi từng bước): the journal entries since the previous step and the
/// bookmarks that were not open before it. Without an observer it reads nothing, so a plain run costs no more.
/// </summary>
internal sealed class StepObserver(SimulationHost host, Func<ScenarioStepReport, ValueTask>? observe)
{
    private readonly HashSet<string> seen = [];
    private long journalSeq;

    public async ValueTask TellAsync(ScenarioStep? step, string? instanceId, IReadOnlyList<string> failures, CancellationToken cancellationToken)
    {
        if (observe is null)
        {
            return;
        }

        IReadOnlyList<JournalEntry> written = [];
        IReadOnlyList<BookmarkRecord> opened = [], open = [];
        var status = InstanceSnapshot.NotStarted(host.Clock.GetUtcNow()).Status;
        if (instanceId is not null)
        {
            written = [.. (await host.JournalAsync(instanceId, cancellationToken)).Where(e => e.Seq > journalSeq)];
            journalSeq = written.Count > 0 ? written[^1].Seq : journalSeq;
            var state = await ScenarioRunner.SnapshotAsync(host, instanceId, cancellationToken);
            open = state.Bookmarks;
            opened = [.. open.Where(b => seen.Add(b.Id))];
            status = state.Status;
        }

        await observe(new ScenarioStepReport(step, host.Clock.GetUtcNow(), failures, written, opened, open, status));
    }
}
