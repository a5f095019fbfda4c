using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>The run store: one atomic commit per run, row versions, bookmarks consumed once, unique correlation keys.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task A_commit_is_read_back_whole()
    {
        var run = NewRun("i1", "agency-a", "c-1", bookmarks: [OpenTask("b1", "i1", "role:head", T0.AddDays(3))], journal: ["InstanceStarted", "TaskCreated"]);
        await Runs.CommitAsync(run);

        var loaded = (await Runs.LoadAsync("i1")).ShouldNotBeNull();
        loaded.Instance.ShouldBe(run.Instance);
        loaded.Bookmarks.ShouldHaveSingleItem().ShouldBe(run.AddedBookmarks[0]);
        (await Runs.FindInstanceOfBookmarkAsync("b1")).ShouldBe("i1");
        (await Runs.FindInstanceByCorrelationAsync("c-1")).ShouldBe("i1");
        (await Get<IJournalReader>().ReadAsync("i1", 0, 10)).ShouldBe(run.Journal);
    }

    [StoreFact]
    public async Task A_failing_commit_leaves_nothing()
    {
        await Runs.CommitAsync(NewRun("i1", bookmarks: [OpenTask("b1", "i1", "user:a")], journal: ["InstanceStarted"]));

        // The second run's bookmark takes an id that exists: its instance row, journal and other bookmarks must not stay.
        var failing = NewRun("i2", correlation: "c-2", bookmarks: [OpenTask("b2", "i2", "user:a"), OpenTask("b1", "i2", "user:a")], journal: ["InstanceStarted", "TaskCreated"]);
        await Should.ThrowAsync<Exception>(async () => await Runs.CommitAsync(failing));

        (await Runs.LoadAsync("i2")).ShouldBeNull();
        (await Runs.FindInstanceOfBookmarkAsync("b2")).ShouldBeNull();
        (await Runs.FindInstanceByCorrelationAsync("c-2")).ShouldBeNull();
        (await Get<IJournalReader>().ReadAsync("i2", 0, 10)).ShouldBeEmpty();
        (await Runs.LoadAsync("i1")).ShouldNotBeNull().Bookmarks.ShouldHaveSingleItem().InstanceId.ShouldBe("i1");
    }

    [StoreFact]
    public async Task A_commit_on_a_stale_row_version_is_a_conflict_and_changes_nothing()
    {
        var first = NewRun("i1", bookmarks: [OpenTask("b1", "i1", "user:a")], journal: ["InstanceStarted"]);
        await Runs.CommitAsync(first);
        var loaded = (await Runs.LoadAsync("i1"))!;
        await Runs.CommitAsync(NextRun(loaded.Instance, loaded.Instance.RowVersion, InstanceStatus.Running, [], loaded.Bookmarks, T0.AddHours(1), "Noted"));

        var stale = NextRun(loaded.Instance, loaded.Instance.RowVersion, InstanceStatus.Completed, loaded.Bookmarks, [], T0.AddHours(2), "InstanceCompleted");
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(async () => await Runs.CommitAsync(stale));

        conflict.DuplicateCorrelation.ShouldBeFalse();
        var after = (await Runs.LoadAsync("i1"))!;
        after.Instance.Status.ShouldBe(InstanceStatus.Running);
        after.Instance.RowVersion.ShouldBe(loaded.Instance.RowVersion + 1);
        after.Bookmarks.ShouldHaveSingleItem().Id.ShouldBe("b1");
        (await Get<IJournalReader>().ReadAsync("i1", 0, 10)).Select(e => e.Event).ShouldBe(["InstanceStarted", "Noted"]);
    }

    [StoreFact]
    public async Task Of_racing_commits_on_one_row_version_exactly_one_wins()
    {
        await Runs.CommitAsync(NewRun("i1", bookmarks: [OpenTask("b1", "i1", "user:a")], journal: ["InstanceStarted"]));
        var loaded = (await Runs.LoadAsync("i1"))!;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(n => Task.Run(async () =>
        {
            try
            {
                await Runs.CommitAsync(NextRun(loaded.Instance, loaded.Instance.RowVersion, InstanceStatus.Completed, loaded.Bookmarks, [], T0.AddMinutes(n), "TaskCompleted"));
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })));

        outcomes.Count(won => won).ShouldBe(1);
        (await Runs.LoadAsync("i1"))!.Bookmarks.ShouldBeEmpty();
        (await Get<IJournalReader>().ReadAsync("i1", 0, 10)).Count(e => e.Event == "TaskCompleted").ShouldBe(1);
    }

    [StoreFact]
    public async Task Many_racing_resumes_of_one_bookmark_take_effect_once()
    {
        await PublishReviewAsync();
        var id = await StartReviewAsync("a");
        var bookmark = (await Runs.LoadAsync(id))!.Bookmarks.Single().Id;

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
            await Engine.ResumeAsync(bookmark, new ResumeInput("a", "Done", null), id))));

        results.Count(r => r.Status == RunStatus.Ok).ShouldBe(1);
        results.Where(r => r.Status != RunStatus.Ok).ShouldAllBe(r => r.Status == RunStatus.AlreadyConsumed || r.Status == RunStatus.Conflict || r.Status == RunStatus.NotFound);
        (await Get<IJournalReader>().ReadAsync(id, 0, 100)).Count(e => e.Event == "TaskCompleted").ShouldBe(1);
        (await Runs.LoadAsync(id))!.Instance.Status.ShouldBe(InstanceStatus.Completed);
    }

    [StoreFact]
    public async Task A_correlation_key_is_taken_once()
    {
        await Runs.CommitAsync(NewRun("i1", correlation: "review:agency-a:2027", journal: ["InstanceStarted"]));

        var duplicate = await Should.ThrowAsync<ConcurrencyConflictException>(async () =>
            await Runs.CommitAsync(NewRun("i2", correlation: "review:agency-a:2027", journal: ["InstanceStarted"])));

        duplicate.DuplicateCorrelation.ShouldBeTrue();
        (await Runs.FindInstanceByCorrelationAsync("review:agency-a:2027")).ShouldBe("i1");
        (await Runs.LoadAsync("i2")).ShouldBeNull();
        (await Get<IJournalReader>().ReadAsync("i2", 0, 10)).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Signal_bookmarks_are_found_by_kind_and_key()
    {
        var signal = new BookmarkRecord("s1", "i1", "wait", "wait#1", BookmarkKind.Signal, "budget-approved", null, null, null, null, null, T0);
        await Runs.CommitAsync(NewRun("i1", bookmarks: [signal], journal: ["SignalAwaited"]));
        await Runs.CommitAsync(NewRun("i2", bookmarks: [signal with { Id = "s2", InstanceId = "i2", Key = "other" }], journal: ["SignalAwaited"]));

        (await Runs.FindBookmarksAsync(BookmarkKind.Signal, "budget-approved", null)).Select(b => b.Id).ShouldBe(["s1"]);
        (await Runs.FindBookmarksAsync(BookmarkKind.Signal, "budget-approved", "i2")).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Incidents_commit_with_their_run_and_read_back_oldest_first()
    {
        var run = NewRun("i1", journal: ["InstanceFaulted"]) with
        {
            Incidents =
            [
                new IncidentRecord("x2", "i1", "review", "InvalidOperationException: boom", T0.AddMinutes(1)) { Code = "activity.exception", ExceptionType = "System.InvalidOperationException", StackTrace = "at Flaky" },
                new IncidentRecord("x1", "i1", null, "stopped", T0) { Code = "run.step-budget" },
            ],
        };
        await Runs.CommitAsync(run);

        var incidents = await Get<IInstanceQueries>().IncidentsAsync("i1");

        incidents.ShouldBe([run.Incidents[1], run.Incidents[0]]);
        (await Get<IInstanceQueries>().IncidentsAsync("i2")).ShouldBeEmpty();
    }
}
