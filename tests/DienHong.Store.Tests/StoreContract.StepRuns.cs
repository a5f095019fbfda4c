using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>The runs of consultations and ballots a server lists: newest first, by agency, waiting or ended, with their open task and, while waiting, the run state.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Step_runs_list_newest_first_with_the_open_task_of_the_runs_still_waiting()
    {
        // i1: a ballot still open; i2: one that ended (no task left); i3: another agency's; i4: a node run twice (the
        // first run ended, the second waits); i5: a consultation, another event; i6: a ballot in a cancelled-looking
        // instance with a task at another node only.
        const string Voted = "{\"nodes\":{\"review#1\":{\"voters\":[\"E1\"]}}}";
        var i1Run = NewRun("i1", "agency-a", at: T0, bookmarks: [OpenTask("t1", "i1", "electorate:review", T0.AddDays(1))], journal: ["VoteOpened|{\"members\":3}"]);
        await Runs.CommitAsync(i1Run with { Instance = i1Run.Instance with { State = Voted } });
        var i2Run = NewRun("i2", "agency-a", at: T0.AddHours(1), journal: ["VoteOpened", "VoteTallied"]);
        await Runs.CommitAsync(i2Run with { Instance = i2Run.Instance with { State = Voted } });
        await Runs.CommitAsync(NewRun("i3", "agency-b", at: T0.AddHours(2), bookmarks: [OpenTask("t3", "i3", "electorate:review")], journal: ["VoteOpened"]));
        await Runs.CommitAsync(NewRun("i4", "agency-a", at: T0.AddHours(3), bookmarks: [OpenTask("t4", "i4", "electorate:review")], journal: ["VoteOpened", "VoteTallied", "VoteOpened"]));
        await Runs.CommitAsync(NewRun("i5", "agency-a", at: T0.AddHours(4), bookmarks: [OpenTask("t5", "i5", "audience:agency")], journal: ["ConsultationOpened"]));
        await Runs.CommitAsync(NewRun("i6", "agency-a", at: T0.AddHours(5), bookmarks: [OpenTask("t6", "i6", "role:head", node: "other")], journal: ["VoteOpened"]));
        var queries = Get<ITaskQueries>();
        var votes = new StepRunQuery(["VoteOpened"], ["agency-a"], PageSize: 2);

        var first = await queries.StepRunsAsync(votes);
        // A run opened after the first page does not shift the next one.
        await Runs.CommitAsync(NewRun("i7", "agency-a", at: T0.AddHours(6), bookmarks: [OpenTask("t7", "i7", "electorate:review")], journal: ["VoteOpened"]));
        var second = await queries.StepRunsAsync(votes with { After = first.Next });
        var third = await queries.StepRunsAsync(votes with { After = second.Next });

        first.Total.ShouldBe(5);
        Ids(first).ShouldBe(["i6#1", "i4#3"]);
        Ids(second).ShouldBe(["i4#1", "i2#1"]);
        Ids(third).ShouldBe(["i1#1"]);
        third.Next.ShouldBeNull();
        first.Items[0].OpenTask.ShouldBeNull();
        first.Items[1].OpenTask!.Id.ShouldBe("t4");
        second.Items[0].OpenTask.ShouldBeNull();
        // The run state comes with a waiting run only (what its activity keeps: who voted), not with an ended one.
        second.Items[1].InstanceState.ShouldBeNull();
        third.Items[0].InstanceState.ShouldBe(Voted);
        var i1 = third.Items[0];
        (i1.At, i1.NodeId, i1.Event, i1.Data, i1.DefinitionId, i1.DefinitionKey, i1.DefinitionVersion, i1.Agency).ShouldBe((T0, "review", "VoteOpened", "{\"members\":3}", "def-i1", "contract", 1, "agency-a"));
        (i1.OpenTask!.Id, i1.OpenTask.Assignee, i1.OpenTask.DueAt).ShouldBe(("t1", "electorate:review", T0.AddDays(1)));

        Ids(await queries.StepRunsAsync(votes with { Running = true, PageSize = 10 })).ShouldBe(["i7#1", "i4#3", "i1#1"]);
        Ids(await queries.StepRunsAsync(votes with { Running = false, PageSize = 10 })).ShouldBe(["i6#1", "i4#1", "i2#1"]);
        Ids(await queries.StepRunsAsync(new StepRunQuery(["VoteOpened", "ConsultationOpened"], ["agency-b", "agency-c"]))).ShouldBe(["i3#1"]);
        Ids(await queries.StepRunsAsync(new StepRunQuery(["ConsultationOpened"]))).ShouldBe(["i5#1"]);
        (await queries.StepRunsAsync(new StepRunQuery(["VoteOpened"], []))).Total.ShouldBe(0);
        await Should.ThrowAsync<ArgumentException>(async () => await queries.StepRunsAsync(new StepRunQuery(["VoteOpened') OR ('1' = '1"])));
        await Should.ThrowAsync<ArgumentException>(async () => await queries.StepRunsAsync(votes with { After = "1:x" }));

        static string[] Ids(Page<StepRun> page) => [.. page.Items.Select(r => r.InstanceId + "#" + r.Seq)];
    }
}
