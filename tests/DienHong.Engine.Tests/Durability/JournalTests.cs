using DienHong.Engine.Audit;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>
/// The journal proves what happened, including what was deleted: verify recomputes each chain, compares its head and
/// its last instance-level event with the instance row, and checks the row's keyed seal and the count of created
/// instances, so each edit below is found and named.
/// </summary>
public sealed class JournalTests
{
    [Fact]
    public async Task Verify_passes_on_a_clean_database_and_names_the_row_changed_by_hand()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var id = (await host.StartAsync("two-tasks")).InstanceId!;
            ids.Add(id);
            await host.CompleteAsync(id, "a", "Done", comment: $"ý kiến {i}");
        }

        await host.CompleteAsync(ids[0], "b", "Done");
        var clean = (await host.Audit.VerifyAsync());
        clean.IsIntact.ShouldBeTrue(string.Join("; ", clean.Discrepancies));
        clean.SealsChecked.ShouldBeTrue();
        clean.Instances.ShouldBe(4);
        clean.Entries.ShouldBe(DatabaseDump.Count(host.DatabasePath, "SELECT COUNT(*) FROM journal"));

        host.Tampered = true;
        var target = ids[2];
        var completed = (await host.JournalAsync(target)).Single(j => j.Event == "TaskCompleted");
        completed.Comment.ShouldBe("ý kiến 2");
        Tamper.Sql(host.DatabasePath, "UPDATE journal SET comment = @c WHERE instance_id = @i AND seq = @s",
            ("@c", "Đồng ý"), ("@i", target), ("@s", completed.Seq)).ShouldBe(1);

        var broken = (await host.Audit.VerifyAsync()).Discrepancies.ShouldHaveSingleItem();

        broken.ShouldBe(new Discrepancy(DiscrepancyKind.ChainBroken, target, completed.Seq));
    }

    [Fact]
    public async Task A_deleted_entry_inside_a_chain_is_a_gap()
    {
        var (host, suspended, _) = await TamperedAsync();
        await using var _host = host;

        Tamper.Sql(host.DatabasePath, "DELETE FROM journal WHERE instance_id = @i AND seq = 2", ("@i", suspended)).ShouldBe(1);

        (await host.Audit.VerifyAsync()).Discrepancies.ShouldHaveSingleItem().ShouldBe(new Discrepancy(DiscrepancyKind.ChainGap, suspended, 3, "2", "3"));
    }

    [Fact]
    public async Task Deleting_the_last_entry_or_every_entry_leaves_the_instance_head_beyond_its_journal()
    {
        var (host, suspended, completed) = await TamperedAsync();
        await using var _host = host;

        Tamper.Sql(host.DatabasePath, "DELETE FROM journal WHERE instance_id = @i AND seq = (SELECT max(seq) FROM journal WHERE instance_id = @i)", ("@i", completed)).ShouldBe(1);
        Tamper.Sql(host.DatabasePath, "DELETE FROM journal WHERE instance_id = @i", ("@i", suspended)).ShouldBe(4);

        // Without its InstanceCompleted entry the journal no longer shows the instance completed either.
        (await host.Audit.VerifyAsync()).Discrepancies.ShouldBe(
        [
            new Discrepancy(DiscrepancyKind.EntriesMissing, completed, 6, "6", "5"),
            new Discrepancy(DiscrepancyKind.StatusMismatch, completed, Expected: "Running|Suspended", Found: "Completed"),
            new Discrepancy(DiscrepancyKind.OutcomeMismatch, completed, Expected: null, Found: "Finished"),
            new Discrepancy(DiscrepancyKind.EntriesMissing, suspended, 1, "4", "0"),
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task A_deleted_instance_is_missing_from_the_sealed_count_of_created_instances()
    {
        var (host, suspended, _) = await TamperedAsync();
        await using var _host = host;

        foreach (var table in new[] { "journal", "bookmarks" })
        {
            Tamper.Sql(host.DatabasePath, $"DELETE FROM {table} WHERE instance_id = @i", ("@i", suspended));
        }

        Tamper.Sql(host.DatabasePath, "DELETE FROM instances WHERE id = @i", ("@i", suspended)).ShouldBe(1);

        (await host.Audit.VerifyAsync()).Discrepancies.ShouldHaveSingleItem().ShouldBe(new Discrepancy(DiscrepancyKind.InstancesDeleted, Expected: "2", Found: "1"));

        // Lowering the count does not help without the key: the record no longer matches its seal.
        Tamper.Sql(host.DatabasePath, "UPDATE integrity SET instances_created = 1");
        (await host.Audit.VerifyAsync()).Discrepancies.ShouldHaveSingleItem().Kind.ShouldBe(DiscrepancyKind.IntegrityRecordBroken);
    }

    [Fact]
    public async Task A_status_or_outcome_changed_without_an_entry_contradicts_the_journal_and_breaks_the_seal()
    {
        var (host, suspended, completed) = await TamperedAsync();
        await using var _host = host;

        Tamper.Sql(host.DatabasePath, "UPDATE instances SET status = 'Completed', outcome = 'Finished' WHERE id = @i", ("@i", suspended));
        Tamper.Sql(host.DatabasePath, "UPDATE instances SET outcome = 'Rejected' WHERE id = @i", ("@i", completed));

        (await host.Audit.VerifyAsync()).Discrepancies.ShouldBe(
        [
            new Discrepancy(DiscrepancyKind.StatusMismatch, suspended, Expected: "Running|Suspended", Found: "Completed"),
            new Discrepancy(DiscrepancyKind.OutcomeMismatch, suspended, Expected: null, Found: "Finished"),
            new Discrepancy(DiscrepancyKind.BookmarksAfterEnd, suspended, Expected: "0", Found: "1"),
            new Discrepancy(DiscrepancyKind.SealBroken, suspended, Found: "Row"),
            new Discrepancy(DiscrepancyKind.OutcomeMismatch, completed, Expected: "Finished", Found: "Rejected"),
            new Discrepancy(DiscrepancyKind.SealBroken, completed, Found: "Row"),
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task Changed_variables_or_a_deleted_bookmark_break_the_seal_and_the_engine_runs_nothing_on_them()
    {
        var (host, suspended, completed) = await TamperedAsync();
        await using var _host = host;

        Tamper.Sql(host.DatabasePath, "UPDATE instances SET variables = '{\"approved\":true}' WHERE id = @i", ("@i", completed));
        Tamper.Sql(host.DatabasePath, "DELETE FROM bookmarks WHERE instance_id = @i", ("@i", suspended)).ShouldBe(1);

        (await host.Audit.VerifyAsync()).Discrepancies.ShouldBe(
        [
            new Discrepancy(DiscrepancyKind.NoOpenBookmark, suspended),
            new Discrepancy(DiscrepancyKind.SealBroken, suspended, Found: "Bookmarks"),
            new Discrepancy(DiscrepancyKind.SealBroken, completed, Found: "Variables"),
        ], ignoreOrder: true);

        // The engine will not seal a change it did not make: a run on the changed instance is refused, and verify still finds it.
        var cancelled = await host.Engine.CancelAsync(suspended, "thử", "tester");
        cancelled.Status.ShouldBe(RunStatus.Tampered);
        (await host.Audit.VerifyAsync()).Discrepancies.Count(d => d.InstanceId == suspended).ShouldBe(2);
    }

    [Fact]
    public async Task An_appended_entry_is_beyond_the_head_and_a_head_moved_to_it_breaks_the_seal()
    {
        var (host, suspended, completed) = await TamperedAsync();
        await using var _host = host;

        Tamper.Append(host.DatabasePath, await host.JournalAsync(suspended), JournalEvents.InstanceCompleted, "Finished");
        var forged = await host.JournalAsync(completed);
        Tamper.Append(host.DatabasePath, forged, JournalEvents.InstanceCancelled, null);
        var head = (await host.JournalAsync(completed))[^1];
        Tamper.Sql(host.DatabasePath, "UPDATE instances SET journal_seq = @s, journal_hash = @h, status = 'Cancelled', outcome = NULL WHERE id = @i",
            ("@s", head.Seq), ("@h", head.Hash), ("@i", completed));

        (await host.Audit.VerifyAsync()).Discrepancies.ShouldBe(
        [
            new Discrepancy(DiscrepancyKind.EntriesBeyondHead, suspended, 5, "4", "5"),
            new Discrepancy(DiscrepancyKind.StatusMismatch, suspended, Expected: "Completed", Found: "Suspended"),
            new Discrepancy(DiscrepancyKind.OutcomeMismatch, suspended, Expected: "Finished", Found: null),
            new Discrepancy(DiscrepancyKind.SealBroken, completed, Found: "Row"),
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task A_chain_rewritten_with_recomputed_hashes_holds_link_by_link_but_not_under_the_seal()
    {
        var (host, _, completed) = await TamperedAsync();
        await using var _host = host;
        var journal = await host.JournalAsync(completed);

        Tamper.Rewrite(host.DatabasePath, completed, [.. journal.Select(e => e.Event == "TaskCompleted" && e.NodeId == "b" ? e with { Actor = "someone-else" } : e)]);

        (await host.Audit.VerifyAsync()).Discrepancies.ShouldHaveSingleItem().ShouldBe(new Discrepancy(DiscrepancyKind.SealBroken, completed, Found: "Row"));
    }

    /// <summary>Two instances (one waiting, one completed) in a database the test is about to edit by hand.</summary>
    private static async Task<TwoInstances> TamperedAsync()
    {
        var two = await TwoInstances.CreateAsync();
        two.Host.Tampered = true;
        return two;
    }
}
