using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>The queries a server needs: the inbox, the instance list, due-time scans and the wake index.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task The_inbox_pages_by_due_date_with_a_stable_cursor_and_a_total()
    {
        // Five tasks for the head role or user a, in two agencies, due on different days (one without a due date),
        // and tasks of others that must not show.
        await Runs.CommitAsync(NewRun("i1", "agency-a", bookmarks: [OpenTask("t1", "i1", "role:head", T0.AddDays(3))], journal: ["TaskCreated"]));
        await Runs.CommitAsync(NewRun("i2", "agency-a", bookmarks: [OpenTask("t2", "i2", "user:a", T0.AddDays(1)), OpenTask("t2x", "i2", "user:b", T0)], journal: ["TaskCreated"]));
        await Runs.CommitAsync(NewRun("i3", "agency-b", bookmarks: [OpenTask("t3", "i3", "role:head", T0.AddDays(1))], journal: ["TaskCreated"]));
        await Runs.CommitAsync(NewRun("i4", "agency-a", bookmarks: [OpenTask("t4", "i4", "user:a")], journal: ["TaskCreated"]));
        await Runs.CommitAsync(NewRun("i5", "agency-c", bookmarks: [OpenTask("t5", "i5", "role:head", T0.AddDays(2)), Timer("w5", "i5", T0)], journal: ["TaskCreated"]));
        var tasks = Get<ITaskQueries>();
        var mine = new InboxQuery(["role:head", "user:a"], PageSize: 2);

        var first = await tasks.InboxAsync(mine);
        // A task added before the cursor does not shift the next page.
        await Runs.CommitAsync(NewRun("i6", "agency-a", bookmarks: [OpenTask("t0", "i6", "user:a", T0.AddHours(-1))], journal: ["TaskCreated"]));
        var second = await tasks.InboxAsync(mine with { After = first.Next });
        var third = await tasks.InboxAsync(mine with { After = second.Next });

        first.Total.ShouldBe(5);
        first.Items.Select(t => t.BookmarkId).ShouldBe(["t2", "t3"]);
        second.Items.Select(t => t.BookmarkId).ShouldBe(["t5", "t1"]);
        third.Items.Select(t => t.BookmarkId).ShouldBe(["t4"]);
        third.Next.ShouldBeNull();
        var t3 = first.Items[1];
        (t3.InstanceId, t3.NodeId, t3.Assignee, t3.DueAt, t3.Agency, t3.DefinitionKey).ShouldBe(("i3", "review", "role:head", T0.AddDays(1), "agency-b", "contract"));

        var agencyA = await tasks.InboxAsync(mine with { Agencies = ["agency-a"], PageSize = 10 });
        agencyA.Items.Select(t => t.BookmarkId).ShouldBe(["t0", "t2", "t1", "t4"]);
        agencyA.Total.ShouldBe(4);
        (await tasks.InboxAsync(mine with { Agencies = ["agency-b", "agency-c"] })).Items.Select(t => t.BookmarkId).ShouldBe(["t3", "t5"]);
        (await tasks.InboxAsync(new InboxQuery([]))).Total.ShouldBe(0);
    }

    [StoreFact]
    public async Task The_instance_list_filters_and_pages_newest_first()
    {
        await Runs.CommitAsync(NewRun("i1", "agency-a", "review:agency-a:2027", T0, [OpenTask("t1", "i1", "user:a", T0.AddDays(1))], "TaskCreated"));
        await Runs.CommitAsync(NewRun("i2", "agency-b", "review:agency-b:2027", T0.AddHours(1), [OpenTask("t2", "i2", "user:a", T0.AddDays(5))], "TaskCreated"));
        await Runs.CommitAsync(NewRun("i3", "agency-a", "other:agency-a:2027", T0.AddHours(2), [], "InstanceStarted"));
        await Runs.CommitAsync(NewRun("i4", "agency-a", "review:agency-a:2028", T0.AddHours(3), [OpenTask("t4", "i4", "user:a", T0.AddDays(2))], "TaskCreated"));
        var loaded = (await Runs.LoadAsync("i3"))!;
        await Runs.CommitAsync(NextRun(loaded.Instance, loaded.Instance.RowVersion, InstanceStatus.Completed, [], [], T0.AddHours(4), "InstanceCompleted"));
        var instances = Get<IInstanceQueries>();

        var first = await instances.ListAsync(new InstanceQuery { PageSize = 3 });
        var second = await instances.ListAsync(new InstanceQuery { PageSize = 3, After = first.Next });

        first.Items.Select(i => i.Id).ShouldBe(["i4", "i3", "i2"]);
        (first.Total, second.Total).ShouldBe((4, 4));
        second.Items.Select(i => i.Id).ShouldBe(["i1"]);
        second.Next.ShouldBeNull();
        (await instances.ListAsync(new InstanceQuery { Agency = "agency-a" })).Items.Select(i => i.Id).ShouldBe(["i4", "i3", "i1"]);
        (await instances.ListAsync(new InstanceQuery { Status = InstanceStatus.Completed })).Items.ShouldHaveSingleItem().Id.ShouldBe("i3");
        (await instances.ListAsync(new InstanceQuery { CorrelationPrefix = "review:agency-a:" })).Items.Select(i => i.Id).ShouldBe(["i4", "i1"]);
        (await instances.ListAsync(new InstanceQuery { DefinitionKey = "contract", Agency = "agency-b" })).Items.Select(i => i.Id).ShouldBe(["i2"]);
        (await instances.ListAsync(new InstanceQuery { DefinitionKey = "nothing" })).Total.ShouldBe(0);
        var overdue = await instances.ListAsync(new InstanceQuery { OverdueAt = T0.AddDays(3) });
        overdue.Items.Select(i => i.Id).ShouldBe(["i4", "i1"]);
        overdue.Total.ShouldBe(2);
        first.Items[1].ShouldBe(new InstanceSummary("i3", "contract", 1, InstanceStatus.Completed, null, "other:agency-a:2027", "agency-a", T0.AddHours(2), T0.AddHours(4), T0.AddHours(4))
        {
            DefinitionId = "def-i3",
            Variables = "{}",
        });
    }

    [StoreFact]
    public async Task The_instance_list_carries_each_cases_definition_and_stored_variables()
    {
        const string Variables = "{\"employeeId\":\"E0106\",\"reviewYear\":2027,\"note\":\"Nâng bậc\"}";
        var run = NewRun("i1", "agency-a");
        await Runs.CommitAsync(run with { Instance = run.Instance with { Variables = Variables } });
        await Runs.CommitAsync(NewRun("i2", "agency-a", at: T0.AddHours(1)));

        var listed = (await Get<IInstanceQueries>().ListAsync(new InstanceQuery { Agency = "agency-a" })).Items;

        listed.Select(i => (i.Id, i.DefinitionId, i.Variables)).ShouldBe([("i2", "def-i2", "{}"), ("i1", "def-i1", Variables)]);
    }

    [StoreFact]
    public async Task A_cursor_the_store_did_not_give_is_refused()
    {
        await Should.ThrowAsync<ArgumentException>(async () => await Get<IInstanceQueries>().ListAsync(new InstanceQuery { After = "page two" }));
        await Should.ThrowAsync<ArgumentException>(async () => await Get<ITaskQueries>().InboxAsync(new InboxQuery(["user:a"], After: "x")));
    }

    [StoreFact]
    public async Task Due_scans_return_wake_ups_at_or_before_a_time_earliest_first()
    {
        await Runs.CommitAsync(NewRun("i1", bookmarks: [Timer("w1", "i1", T0.AddHours(3)), OpenTask("t1", "i1", "user:a", wake: T0.AddHours(1))], journal: ["TimerStarted"]));
        await Runs.CommitAsync(NewRun("i2", bookmarks: [Timer("w2", "i2", T0.AddHours(2)), OpenTask("t2", "i2", "user:a")], journal: ["TimerStarted"]));

        (await Runs.DueAsync(T0.AddHours(2), 10)).ShouldBe([new DueWake("i1", "t1", T0.AddHours(1)), new DueWake("i2", "w2", T0.AddHours(2))]);
        (await Runs.DueAsync(T0.AddHours(5), 1)).Select(d => d.BookmarkId).ShouldBe(["t1"]);
        (await Runs.DueAsync(T0, 10)).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task The_wake_index_gives_jobs_once_and_only_to_unchanged_wake_ups()
    {
        await Runs.CommitAsync(NewRun("i1", bookmarks: [Timer("w1", "i1", T0.AddHours(3)), Timer("w2", "i1", T0.AddHours(1)), OpenTask("t1", "i1", "user:a")], journal: ["TimerStarted"]));
        var wakes = Get<IWakeIndex>();

        (await wakes.WithoutJobAsync(10)).Select(w => w.BookmarkId).ShouldBe(["w2", "w1"]);
        (await wakes.AttachJobAsync("w2", T0.AddHours(1), "job-2")).ShouldBeTrue();
        (await wakes.AttachJobAsync("w2", T0.AddHours(1), "job-2b")).ShouldBeFalse();
        (await wakes.AttachJobAsync("w1", T0.AddHours(2), "job-1")).ShouldBeFalse();
        (await wakes.AttachJobAsync("gone", T0.AddHours(2), "job-x")).ShouldBeFalse();

        (await wakes.WithoutJobAsync(10)).ShouldBe([new DueWake("i1", "w1", T0.AddHours(3))]);
        (await Runs.LoadAsync("i1"))!.Bookmarks.Single(b => b.Id == "w2").JobId.ShouldBe("job-2");
    }
}
