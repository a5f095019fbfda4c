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
        await using var a = await StartNodeAsync("a", setup);
        await using var b = await StartNodeAsync("b", setup);
        var wakeAt = DateTimeOffset.UtcNow.AddSeconds(8);

        // A load run on both nodes; the first node is killed once it has acknowledged a hundred starts, its other calls in flight.
        var onA = Enumerable.Range(0, 300).Select(i => a.SendAsync("start", $"timed-review {Input(wakeAt)}")).ToList();
        var onB = Enumerable.Range(0, 300).Select(i => b.SendAsync("start", $"timed-review {Input(wakeAt)}")).ToList();
        await UntilAsync(() => onA.Count(t => t.IsCompletedSuccessfully), 100, TimeSpan.FromSeconds(60));
        a.Kill();
        var acknowledged = new List<string>();
        foreach (var start in onA.Concat(onB))
        {
            try
            {
                var answer = await start;
                answer[0].ShouldBe("Ok", string.Join(' ', answer));
                acknowledged.Add(answer[1]);
            }
            catch (IOException)
            {
                // Sent to the killed node and never answered: it may or may not have been saved.
            }
        }

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(400);
        var saved = (await setup.InstanceIdsAsync()).ToHashSet(StringComparer.Ordinal);
        acknowledged.Where(id => !saved.Contains(id)).ShouldBeEmpty("every acknowledged start is saved");

        // The survivor's job server runs the dead node's timers too (a job the dead node had fetched after the invisibility timeout).
        await UntilAsync(setup, "SELECT count(*) FROM bookmarks WHERE node_id = 'review'", saved.Count, TimeSpan.FromSeconds(120));
        var tasks = await setup.OpenBookmarksAsync("review");
        var completions = await Task.WhenAll(tasks.Select(t => b.SendAsync("resume", $"{t.Bookmark} {t.Instance} reviewer Done")));

        completions.Select(c => string.Join(' ', c)).Where(c => c != "Ok").ShouldBeEmpty();
        (await setup.CountAsync("SELECT count(*) FROM instances WHERE status <> 'Completed'")).ShouldBe(0);
        (await setup.CountAsync("SELECT count(*) FROM journal WHERE event = 'TimerFired'")).ShouldBe(saved.Count);
        (await setup.CountAsync("SELECT count(*) FROM journal WHERE event = 'TaskCompleted'")).ShouldBe(saved.Count);
        a.HasExited.ShouldBeTrue();
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
