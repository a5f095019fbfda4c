using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Workflows.Activities;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>
/// A resume whose input the caller decides from the instance the run read under its lock: the caller sees the state the
/// run starts from, may decline with nothing saved, and the engine's own checks (an open bookmark, the reserved actor,
/// who may act, exactly once under a race) hold as for any resume.
/// </summary>
public sealed class DecidedResumeTests
{
    [Fact]
    public async Task The_caller_decides_on_the_instance_the_run_reads_and_its_input_runs()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var started = await host.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();
        var stored = (await host.Store.LoadAsync(started.InstanceId!))!;
        LoadedInstance? seen = null;

        var result = await host.Engine.ResumeAsync(started.InstanceId!, bookmark.Id, (loaded, _) =>
        {
            seen = loaded;
            return ValueTask.FromResult<ResumeInput?>(new ResumeInput("tester", "Done"));
        });

        result.Status.ShouldBe(RunStatus.Ok, result.Message);
        result.OpenBookmarks.Single().NodeId.ShouldBe("b");
        seen!.Instance.ShouldBe(stored.Instance);
        seen.Bookmarks.Select(b => b.Id).ShouldBe([bookmark.Id]);
        (await host.JournalAsync(started.InstanceId!)).Single(j => j.NodeId == "a" && j.Event == "TaskCompleted").Actor.ShouldBe("tester");
    }

    [Fact]
    public async Task A_declined_resume_saves_nothing_and_says_so()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var started = await host.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();
        var before = DatabaseDump.Of(host.DatabasePath);

        var result = await host.Engine.ResumeAsync(started.InstanceId!, bookmark.Id, (_, _) => ValueTask.FromResult<ResumeInput?>(null));

        result.Status.ShouldBe(RunStatus.Rejected);
        result.Refusal!.Code.ShouldBe(RefusalCodes.ResumeDeclined);
        result.Refusal.Args.ShouldBe([bookmark.Id]);
        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public async Task A_missing_or_tampered_instance_is_refused_before_the_caller_is_asked()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var started = await host.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();
        var asked = 0;
        ValueTask<ResumeInput?> Decide(LoadedInstance loaded, CancellationToken cancellationToken)
        {
            asked++;
            return ValueTask.FromResult<ResumeInput?>(new ResumeInput("tester", "Done"));
        }

        (await host.Engine.ResumeAsync("no-such-instance", bookmark.Id, Decide)).Status.ShouldBe(RunStatus.NotFound);
        host.Tampered = true;
        Tamper.Sql(host.DatabasePath, "UPDATE instances SET variables = '{\"approved\":true}' WHERE id = @i", ("@i", started.InstanceId));
        var tampered = await host.Engine.ResumeAsync(started.InstanceId!, bookmark.Id, Decide);

        tampered.Status.ShouldBe(RunStatus.Tampered);
        tampered.Refusal!.Code.ShouldBe(RefusalCodes.InstanceTampered);
        asked.ShouldBe(0);
    }

    [Fact]
    public async Task The_engine_still_refuses_a_closed_bookmark_and_the_systems_name()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var started = await host.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();
        var before = DatabaseDump.Of(host.DatabasePath);

        var closed = await host.Engine.ResumeAsync(started.InstanceId!, "not-open", (_, _) => ValueTask.FromResult<ResumeInput?>(new ResumeInput("tester", "Done")));
        var reserved = await host.Engine.ResumeAsync(started.InstanceId!, bookmark.Id, (_, _) => ValueTask.FromResult<ResumeInput?>(new ResumeInput(Actor.SystemId, "Done")));

        closed.Status.ShouldBe(RunStatus.AlreadyConsumed);
        reserved.Status.ShouldBe(RunStatus.Rejected);
        reserved.Refusal!.Code.ShouldBe(RefusalCodes.ActorReserved);
        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public async Task The_engine_still_checks_who_may_act_whatever_the_caller_decided()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await host.PublishAsync(Definitions.Workflow("hr-task",
            string.Join(",", Definitions.Node("start", "Start"), """{ "id": "a", "type": "HumanTask", "assignee": { "role": "hr" }, "outcomes": ["Done"] }""", Definitions.Node("end", "End")),
            string.Join(",", Definitions.Edge("start", "a"), Definitions.Edge("a", "end", "Done"))));
        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "hr-task", Agency = "van-phong", Actor = "E0104" });
        var bookmark = started.OpenBookmarks.Single();

        // E0110 is staff of the office, not its HR: a caller that lets them through does not make them the assignee.
        var result = await host.Engine.ResumeAsync(started.InstanceId!, bookmark.Id, (_, _) => ValueTask.FromResult<ResumeInput?>(new ResumeInput("E0110", "Done")));

        result.Status.ShouldBe(RunStatus.Rejected);
        result.Refusal!.Code.ShouldBe(ActivityRefusals.NotAssignee);
        (await host.Store.LoadAsync(started.InstanceId!))!.Bookmarks.Single().Id.ShouldBe(bookmark.Id);
    }

    [Fact]
    public async Task Fifty_racing_decided_resumes_take_effect_once_and_the_others_see_it_closed()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var started = await host.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();
        var sawClosed = 0;

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            host.Engine.ResumeAsync(started.InstanceId!, bookmark.Id, (loaded, _) =>
            {
                // The caller's own check of the open task, as the API's: under the lock, the winner's run is already committed.
                if (loaded.Bookmarks.All(b => b.Id != bookmark.Id))
                {
                    Interlocked.Increment(ref sawClosed);
                    return ValueTask.FromResult<ResumeInput?>(null);
                }

                return ValueTask.FromResult<ResumeInput?>(new ResumeInput($"user-{i}", "Done"));
            }))));

        results.Count(r => r.Status == RunStatus.Ok).ShouldBe(1);
        results.Where(r => r.Status != RunStatus.Ok).ShouldAllBe(r => r.Refusal!.Code == RefusalCodes.ResumeDeclined);
        sawClosed.ShouldBe(49);
        var journal = await host.JournalAsync(started.InstanceId!);
        journal.Count(j => j.NodeId == "a" && j.Event == "TaskCompleted").ShouldBe(1);
        journal.Count(j => j.NodeId == "b" && j.Event == "TaskCreated").ShouldBe(1);
    }
}
