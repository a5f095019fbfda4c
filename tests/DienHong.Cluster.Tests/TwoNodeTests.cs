using System.Globalization;
using DienHong.Engine.Tests.Durability;
using DienHong.Testing;
using Shouldly;
using Xunit;
using D = DienHong.Engine.Tests.Definitions;

namespace DienHong.Cluster.Tests;

/// <summary>
/// Two engine hosts in separate processes on one PostgreSQL database, with Hangfire on PostgreSQL: racing
/// completions, timers, and one node killed with SIGKILL in the middle of a load run.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoNodeTests(PostgresServer server)
{
    private const string WakeVariable = """[ { "name": "wakeAt", "type": "string", "required": true } ]""";

    [PostgresFact]
    public async Task A_thousand_completions_raced_on_two_nodes_have_exactly_one_winner_each()
    {
        await using var setup = await PgNode.CreateAsync(server);
        await setup.PublishAsync(Flows.OneTask());
        var started = new List<(string Instance, string Bookmark)>();
        foreach (var chunk in Enumerable.Range(0, 1000).Chunk(100))
        {
            var results = await Task.WhenAll(chunk.Select(_ => setup.StartAsync("one-task")));
            started.AddRange(results.Select(r => (r.InstanceId!, r.OpenBookmarks.Single().Id)));
        }

        await using var a = await StartNodeAsync("a", setup);
        await using var b = await StartNodeAsync("b", setup);
        var races = started.Select(s => Task.WhenAll(
            a.SendAsync("resume", $"{s.Bookmark} {s.Instance} person-a Done"),
            b.SendAsync("resume", $"{s.Bookmark} {s.Instance} person-b Done"))).ToList();
        var answers = await Task.WhenAll(races);

        foreach (var pair in answers)
        {
            string.Join(' ', pair.Select(p => p[0]).Order()).ShouldBe("AlreadyConsumed Ok", string.Join(" | ", pair.Select(p => string.Join(' ', p))));
        }

        (await setup.CountAsync("SELECT count(*) FROM journal WHERE event = 'TaskCompleted'")).ShouldBe(1000);
        (await setup.CountAsync("SELECT count(*) FROM instances WHERE status = 'Completed'")).ShouldBe(1000);
    }

    [PostgresFact]
    public async Task Every_timer_fires_its_step_once_with_a_job_server_on_each_node()
    {
        await using var setup = await PgNode.CreateAsync(server);
        await setup.PublishAsync(D.Workflow("timed", string.Join(",", D.Node("start", "Start"), Timer(), D.Node("end", "End", ",\"outcome\":\"Done\"")),
            string.Join(",", D.Edge("start", "wait"), D.Edge("wait", "end")), WakeVariable));
        await using var a = await StartNodeAsync("a", setup);
        await using var b = await StartNodeAsync("b", setup);
        var wakeAt = DateTimeOffset.UtcNow.AddSeconds(4);

        var starts = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? a : b).SendAsync("start", $"timed {Input(wakeAt.AddMilliseconds(i * 10))}")));

        starts.Select(s => string.Join(' ', s)).Where(s => !s.StartsWith("Ok ", StringComparison.Ordinal)).ShouldBeEmpty();
        await UntilAsync(setup, "SELECT count(*) FROM instances WHERE status = 'Completed'", 200, TimeSpan.FromSeconds(90));
        (await setup.CountAsync("SELECT count(*) FROM journal WHERE event = 'TimerFired'")).ShouldBe(200);
        (await setup.CountAsync("SELECT count(*) FROM (SELECT instance_id FROM journal WHERE event = 'TimerFired' GROUP BY instance_id HAVING count(*) > 1) t")).ShouldBe(0);
    }

    [PostgresFact]
    public async Task A_node_killed_mid_load_loses_no_acknowledged_operation_and_the_survivor_finishes_its_work_and_timers()
    {
        await using var setup = await PgNode.CreateAsync(server);
        await setup.PublishAsync(D.Workflow("timed-review",
            string.Join(",", D.Node("start", "Start"), Timer(), D.Task("review"), D.Node("end", "End", ",\"outcome\":\"Done\"")),
            string.Join(",", D.Edge("start", "wait"), D.Edge("wait", "review"), D.Edge("review", "end", "Done")), WakeVariable));
        await setup.PublishAsync(Flows.OneTask());
        var waiting = new List<(string Instance, string Bookmark)>();
        for (var i = 0; i < 200; i++)
        {
            var started = await setup.StartAsync("one-task");
            waiting.Add((started.InstanceId!, started.OpenBookmarks.Single().Id));
        }

        await using var a = await StartNodeAsync("a", setup);
        await using var b = await StartNodeAsync("b", setup);
        var wakeAt = DateTimeOffset.UtcNow.AddSeconds(8);

        // A load run on both nodes, starts and completions mixed; the first node is killed once it has acknowledged a
        // hundred starts, its other calls in flight.
        var startsOnA = new List<Task<string[]>>();
        var completionsOnA = new List<(string Instance, Task<string[]> Answer)>();
        var startsOnB = new List<Task<string[]>>();
        var completionsOnB = new List<(string Instance, Task<string[]> Answer)>();
        for (var i = 0; i < 300; i++)
        {
            startsOnA.Add(a.SendAsync("start", $"timed-review {Input(wakeAt)}"));
            startsOnB.Add(b.SendAsync("start", $"timed-review {Input(wakeAt)}"));
            if (i % 3 == 0)
            {
                var (onA, onB) = (waiting[2 * i / 3], waiting[(2 * i / 3) + 1]);
                completionsOnA.Add((onA.Instance, a.SendAsync("resume", $"{onA.Bookmark} {onA.Instance} reviewer-a Done")));
                completionsOnB.Add((onB.Instance, b.SendAsync("resume", $"{onB.Bookmark} {onB.Instance} reviewer-b Done")));
            }
        }

        await UntilAsync(() => startsOnA.Count(t => t.IsCompletedSuccessfully), 100, TimeSpan.FromSeconds(60));
        a.Kill();
        var acknowledged = (await AcknowledgedAsync(startsOnA.Concat(startsOnB).Select(t => ((string?)null, t)))).Select(answer => answer.Words[1]).ToList();
        var completed = (await AcknowledgedAsync(completionsOnA.Concat(completionsOnB).Select(c => ((string?)c.Instance, c.Answer)))).Select(c => c.Instance!).ToList();

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(400);
        completed.Count.ShouldBeGreaterThanOrEqualTo(100);
        var saved = (await setup.InstanceIdsAsync()).ToHashSet(StringComparer.Ordinal);
        acknowledged.Where(id => !saved.Contains(id)).ShouldBeEmpty("every acknowledged start is saved");
        foreach (var instance in completed)
        {
            (await setup.CountAsync($"SELECT count(*) FROM journal WHERE instance_id = '{instance}' AND event = 'TaskCompleted'")).ShouldBe(1, "every acknowledged completion is saved");
        }

        // The survivor finishes what is left: the tasks the dead node never completed, and its timers (its job
        // server runs the dead node's jobs, one the dead node had fetched after the invisibility timeout).
        var left = await setup.OpenBookmarksAsync("a");
        var timed = saved.Count - waiting.Count;
        await UntilAsync(setup, "SELECT count(*) FROM bookmarks WHERE node_id = 'review'", timed, TimeSpan.FromSeconds(120));
        var tasks = left.Concat(await setup.OpenBookmarksAsync("review")).ToList();
        var completions = await Task.WhenAll(tasks.Select(t => b.SendAsync("resume", $"{t.Bookmark} {t.Instance} reviewer Done")));

        completions.Select(c => string.Join(' ', c)).Where(c => c != "Ok").ShouldBeEmpty();
        (await setup.CountAsync("SELECT count(*) FROM instances WHERE status <> 'Completed'")).ShouldBe(0);
        (await setup.CountAsync("SELECT count(*) FROM journal WHERE event = 'TimerFired'")).ShouldBe(timed);
        (await setup.CountAsync("SELECT count(*) FROM journal WHERE event = 'TaskCompleted'")).ShouldBe(saved.Count);
        a.HasExited.ShouldBeTrue();
    }

    /// <summary>The answers that came (each must be Ok); a call sent to the killed node and never answered may or may not have been saved.</summary>
    private static async Task<List<(string? Instance, string[] Words)>> AcknowledgedAsync(IEnumerable<(string? Instance, Task<string[]> Answer)> calls)
    {
        var answered = new List<(string?, string[])>();
        foreach (var (instance, call) in calls)
        {
            try
            {
                var words = await call;
                words[0].ShouldBe("Ok", string.Join(' ', words));
                answered.Add((instance, words));
            }
            catch (IOException)
            {
                // Never answered.
            }
        }

        return answered;
    }

    private static string Timer() => D.Node("wait", "Timer", ",\"at\":\"=vars.wakeAt\"");

    private static string Input(DateTimeOffset wakeAt) => $"{{\"wakeAt\":\"{wakeAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}\"}}";

    /// <summary>A node on the setup's database, key file and Hangfire schema (one schema per database: the nodes share their jobs).</summary>
    private Task<NodeProcess> StartNodeAsync(string name, PgNode setup) =>
        NodeProcess.StartAsync(name, setup.ConnectionString, setup.KeyFile, "hangfire");

    /// <summary>Waits (bounded) until the query counts <paramref name="expected"/> rows; the tests' timers fire on real time.</summary>
    private static async Task UntilAsync(PgNode setup, string sql, long expected, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        long found;
        while ((found = await setup.CountAsync(sql)) != expected)
        {
            DateTime.UtcNow.ShouldBeLessThan(until, $"{sql}: {found}, expected {expected}");
            await Task.Delay(250);
        }
    }

    private static async Task UntilAsync(Func<int> count, int expected, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (count() < expected)
        {
            DateTime.UtcNow.ShouldBeLessThan(until);
            await Task.Delay(5);
        }
    }
}
