using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>The case list's extras: "my cases" (hồ sơ tôi tham gia) and each case's next deadline.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task The_instance_list_keeps_the_cases_a_person_took_part_in()
    {
        // a started i1; b acted on i2 and a holds its open task; i3 has a task of a's role only; i4 is someone else's.
        await Runs.CommitAsync(ActedBy("a", NewRun("i1", "agency-a", at: T0, journal: ["InstanceStarted"])));
        await Runs.CommitAsync(ActedBy("b", NewRun("i2", "agency-a", at: T0.AddHours(1), bookmarks: [OpenTask("t2", "i2", "user:a")], journal: ["TaskCompleted"])));
        await Runs.CommitAsync(ActedBy("c", NewRun("i3", "agency-a", at: T0.AddHours(2), bookmarks: [OpenTask("t3", "i3", "role:head")], journal: ["TaskCreated"])));
        await Runs.CommitAsync(ActedBy("b", NewRun("i4", "agency-b", at: T0.AddHours(3), bookmarks: [OpenTask("t4", "i4", "user:b")], journal: ["InstanceStarted"])));
        var instances = Get<IInstanceQueries>();

        var mine = await instances.ListAsync(new InstanceQuery { Involving = new Involvement("a", ["user:a"]), PageSize = 1 });
        var next = await instances.ListAsync(new InstanceQuery { Involving = new Involvement("a", ["user:a"]), PageSize = 1, After = mine.Next });

        (mine.Items.Single().Id, next.Items.Single().Id, mine.Total, next.Next).ShouldBe(("i2", "i1", 2, (string?)null));
        (await instances.ListAsync(new InstanceQuery { Involving = new Involvement("a", []) })).Items.Select(i => i.Id).ShouldBe(["i1"]);
        (await instances.ListAsync(new InstanceQuery { Involving = new Involvement("a", ["user:a", "role:head"]) })).Items.Select(i => i.Id).ShouldBe(["i3", "i2", "i1"]);
        (await instances.ListAsync(new InstanceQuery { Involving = new Involvement("b", ["user:b"]), Agency = "agency-a" })).Items.Select(i => i.Id).ShouldBe(["i2"]);
        (await instances.ListAsync(new InstanceQuery { Involving = new Involvement("nobody", ["user:nobody"]) })).Total.ShouldBe(0);
    }

    [StoreFact]
    public async Task Each_listed_case_carries_the_earliest_due_time_of_its_open_tasks()
    {
        await Runs.CommitAsync(NewRun("i1", "agency-a", at: T0, bookmarks: [OpenTask("t1", "i1", "user:a", T0.AddDays(4)), OpenTask("t2", "i1", "user:b", T0.AddDays(2)), OpenTask("t3", "i1", "user:c")], journal: ["TaskCreated"]));
        await Runs.CommitAsync(NewRun("i2", "agency-a", at: T0.AddHours(1), bookmarks: [Timer("w2", "i2", T0.AddDays(1)), OpenTask("t4", "i2", "user:a")], journal: ["TimerStarted"]));

        var listed = (await Get<IInstanceQueries>().ListAsync(new InstanceQuery())).Items.Select(i => (i.Id, i.NextDueAt));

        // A timer's wake-up is no deadline, and a task without a due time has none.
        listed.ShouldBe([("i2", null), ("i1", T0.AddDays(2))]);
    }

    /// <summary>The run with every journal entry by <paramref name="actor"/>, chained again.</summary>
    private static RunChanges ActedBy(string actor, RunChanges run)
    {
        var (previous, entries) = (JournalChain.Genesis, new List<JournalEntry>());
        foreach (var e in run.Journal)
        {
            var hash = JournalChain.Hash(previous, e.InstanceId, e.Seq, e.At, e.NodeId, e.Event, actor, e.Outcome, e.Comment, e.Data);
            entries.Add(e with { Actor = actor, Hash = hash });
            previous = hash;
        }

        return run with { Instance = run.Instance with { JournalHash = previous }, Journal = entries };
    }
}
