using System.Collections.Concurrent;
using System.Diagnostics;
using DienHong.Engine.Storage;
using DienHong.Testing;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using Xunit.Abstractions;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Scheduling.Tests;

/// <summary>
/// Hangfire's job storage on a real PostgreSQL server (the engine's store stays SQLite): timers fire promptly, survive
/// a restart, and with two job servers (two nodes) on one storage each run of the wake-up drain runs on one of them
/// and each timer fires once.
/// </summary>
public sealed class PostgresJobStorageTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private static string TimerIn(string key, int milliseconds) => Workflow(key,
        string.Join(",",
            Node("start", "Start"),
            Node("wait", "Timer", $$""", "at": "=new Date(Date.now() + {{milliseconds}}).toISOString()" """),
            Node("end", "End", ",\"outcome\":\"Waited\"")),
        string.Join(",", Edge("start", "wait"), Edge("wait", "end")));

    private HangfireStorageOptions NewStorage() => HangfireStorageOptions.Postgres(postgres.ConnectionString, postgres.NewSchema());

    [PostgresFact]
    public async Task A_one_second_timer_fires_through_postgres_job_storage()
    {
        var storage = NewStorage();
        await using var host = await SchedulingHost.CreateAsync(jobStorage: storage);
        host.JobStorage.ShouldBeOfType<PostgreSqlStorage>();
        (await postgres.TableCountAsync(storage.PostgresSchema)).ShouldBeGreaterThan(0, "the schema is prepared at startup");
        host.Get<BackgroundJobServerOptions>().SchedulePollingInterval.ShouldBe(TimeSpan.FromSeconds(1));
        await host.PublishAsync(TimerIn("pg-one-second", 1000));
        var clock = Stopwatch.StartNew();

        var started = await host.StartAsync("pg-one-second");

        started.OpenBookmarks.Single().JobId.ShouldBeNull();
        await host.WaitForStatusAsync(started.InstanceId!, InstanceStatus.Completed);
        output.WriteLine($"A 1 s timer completed its instance after {clock.ElapsedMilliseconds} ms.");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "with 1 s polling a 1 s timer fires within a few seconds");
        (await host.EventsAsync(started.InstanceId!)).Count(e => e == "TimerFired").ShouldBe(1);
        host.ScheduledJobs().ShouldBe(0);
    }

    [PostgresFact]
    public async Task A_pending_timer_on_postgres_survives_a_restart_of_the_host()
    {
        string instanceId;
        var first = await SchedulingHost.CreateAsync(jobStorage: NewStorage());
        first.KeepFolder = true;
        await using (first)
        {
            await first.PublishAsync(TimerIn("pg-restart", 3000));
            var started = await first.StartAsync("pg-restart");
            instanceId = started.InstanceId!;
        }

        await using var second = await first.ReopenAsync();
        second.JobStorage.ShouldBeOfType<PostgreSqlStorage>();
        (await second.LoadAsync(instanceId)).Instance.Status.ShouldBe(InstanceStatus.Suspended);
        await second.WaitForStatusAsync(instanceId, InstanceStatus.Completed);
        (await second.EventsAsync(instanceId)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [PostgresFact]
    public async Task Two_job_servers_on_one_postgres_storage_fire_each_of_50_timers_once()
    {
        const int count = 50;
        var deliveries = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        var storage = NewStorage();
        await using var host = await SchedulingHost.CreateAsync(jobStorage: storage, configureServer: o =>
        {
            o.ServerName = "node-a";
            o.WorkerCount = 4;
            o.Activator = new CountingJobActivator(o.Activator, "node-a", deliveries);
        });

        // The second node: its own storage object and job server on the same PostgreSQL schema.
        var nodeB = new BackgroundJobServerOptions
        {
            ServerName = "node-b",
            WorkerCount = 4,
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            Activator = new CountingJobActivator(new ServiceProviderJobActivator(host.Get<IServiceScopeFactory>()), "node-b", deliveries),
        };
        using var serverB = new BackgroundJobServer(nodeB, storage.CreateStorage());
        try
        {
            await host.PublishAsync(TimerIn("pg-two-nodes", 3000));
            var instances = new List<string>();
            for (var i = 0; i < count; i++)
            {
                instances.Add((await host.StartAsync("pg-two-nodes", $"batch-{i}")).InstanceId!);
            }

            foreach (var instanceId in instances)
            {
                await host.WaitForStatusAsync(instanceId, InstanceStatus.Completed, timeoutSeconds: 60);
            }

            foreach (var instanceId in instances)
            {
                (await host.EventsAsync(instanceId)).Count(e => e == "TimerFired").ShouldBe(1, $"instance {instanceId}");
            }

            deliveries.ShouldNotBeEmpty();
            foreach (var (jobId, nodes) in deliveries)
            {
                nodes.Count.ShouldBe(1, $"drain run {jobId} ran on {string.Join(", ", nodes)}");
            }

            var byNode = deliveries.Values.SelectMany(n => n).GroupBy(n => n).Select(g => $"{g.Key}: {g.Count()}");
            output.WriteLine($"{count} timers fired once each; drain runs {string.Join(", ", byNode)}.");
        }
        finally
        {
            serverB.SendStop();
            await serverB.WaitForShutdownAsync(CancellationToken.None);
        }
    }
}
