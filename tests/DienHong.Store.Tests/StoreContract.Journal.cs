using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>The journal: each instance's entries in order and chained, pages after a sequence number, the outbox in commit order, verify.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task An_instance_journal_reads_in_order_page_by_page_and_chains()
    {
        await PublishReviewAsync();
        var id = await StartReviewAsync("a");
        Clock.Advance(TimeSpan.FromHours(1));
        (await CompleteAsync(id, "a")).Status.ShouldBe(RunStatus.Ok);
        var reader = Get<IJournalReader>();

        var all = await reader.ReadAsync(id, 0, int.MaxValue);
        var paged = new List<JournalEntry>();
        for (var page = await reader.ReadAsync(id, 0, 2); page.Count > 0; page = await reader.ReadAsync(id, page[^1].Seq, 2))
        {
            page.Count.ShouldBeLessThanOrEqualTo(2);
            paged.AddRange(page);
        }

        all.Select(e => e.Seq).ShouldBe(Enumerable.Range(1, all.Count).Select(n => (long)n));
        paged.ShouldBe(all);
        var previous = JournalChain.Genesis;
        foreach (var entry in all)
        {
            entry.Hash.ShouldBe(JournalChain.Hash(previous, entry));
            previous = entry.Hash;
        }

        var head = (await Runs.LoadAsync(id))!.Instance;
        (head.JournalSeq, head.JournalHash).ShouldBe((all[^1].Seq, all[^1].Hash));
    }

    [StoreFact]
    public async Task The_outbox_reads_one_event_in_commit_order_after_a_position()
    {
        await Runs.CommitAsync(NewRun("i2", journal: ["InstanceStarted", "NotificationQueued|{\"n\":1}"]));
        await Runs.CommitAsync(NewRun("i1", journal: ["NotificationQueued|{\"n\":2}", "Waiting", "NotificationQueued|{\"n\":3}"]));
        var reader = Get<IJournalReader>();

        var first = await reader.ReadAfterAsync(0, "NotificationQueued", 2);
        first.Select(p => p.Entry.Data).ShouldBe(["{\"n\":1}", "{\"n\":2}"]);
        first[1].Position.ShouldBeGreaterThan(first[0].Position);
        await Runs.CommitAsync(NewRun("i0", journal: ["NotificationQueued|{\"n\":4}"]));

        var rest = await reader.ReadAfterAsync(first[^1].Position, "NotificationQueued", 10);
        rest.Select(p => p.Entry.Data).ShouldBe(["{\"n\":3}", "{\"n\":4}"]);
        rest[0].Position.ShouldBeGreaterThan(first[^1].Position);
        (await reader.ReadAfterAsync(rest[^1].Position, "NotificationQueued", 10)).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task What_the_engine_writes_verifies()
    {
        await PublishReviewAsync();
        var done = await StartReviewAsync("a", "agency-a");
        await StartReviewAsync("b", "agency-b");
        (await CompleteAsync(done, "a")).Status.ShouldBe(RunStatus.Ok);

        (await VerifyAsync()).ShouldBeEmpty();
    }
}
