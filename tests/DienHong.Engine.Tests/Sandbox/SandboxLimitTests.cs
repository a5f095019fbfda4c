using System.Diagnostics;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>
/// A runaway expression (endless loop, huge allocation, deep recursion) ends as an incident on its own instance,
/// quickly, while other instances run normally beside it.
/// </summary>
public sealed class SandboxLimitTests
{
    /// <summary>A generous guard against hanging, not a timing goal.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData("endless-loop", "=(function(){ while(true){} return true; })()", "limit")]
    [InlineData("endless-for", "=(function(){ for(;;){ } })()", "limit")]
    [InlineData("huge-string", "='x'.repeat(1e9).length > 0", "memory limit")]
    [InlineData("doubling-string", "=(function(){ let s = 'x'; while(true){ s = s + s; } })()", "limit")]
    [InlineData("huge-array", "=new Array(1e9).fill(0).length > 0", "limit")]
    [InlineData("growing-array", "=(function(){ const a = []; while(true){ a.push({ x: 'yyyyyyyyyyyyyyyy' }); } })()", "limit")]
    [InlineData("deep-recursion", "=(function f(n){ return f(n+1); })(0)", "recursion limit")]
    public async Task A_runaway_expression_becomes_an_incident_while_another_instance_completes(string key, string condition, string limit)
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(SandboxFlows.Decision(key, condition));
        await host.PublishAsync(SandboxFlows.Decision("normal", "=1 + 1 === 2"));

        var watch = Stopwatch.StartNew();
        var results = await Task.WhenAll(
            Task.Run(() => host.StartAsync(key)),
            Task.Run(() => host.StartAsync("normal")));
        watch.Stop();

        var (bad, good) = (results[0], results[1]);
        watch.Elapsed.ShouldBeLessThan(Guard);
        good.Status.ShouldBe(RunStatus.Ok, good.Message);
        good.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        good.Outcome.ShouldBe("True");

        bad.Status.ShouldBe(RunStatus.Ok, bad.Message);
        bad.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        var incident = Incidents(host, bad.InstanceId!).ShouldHaveSingleItem();
        incident.Node.ShouldBe("check");
        incident.Message.ShouldContain(condition);
        incident.Message.ShouldContain(limit);
        incident.Message.ShouldMatch(@"\((time|statement|memory|recursion) limit\)$");
        var journal = await host.JournalAsync(bad.InstanceId!);
        journal[^1].Event.ShouldBe("InstanceFaulted");
        journal[^1].Comment.ShouldBe(incident.Message);
    }

    [Fact]
    public async Task Limits_are_named_in_the_incident_message()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(SandboxFlows.Decision("recurse", "=(function f(n){ return f(n+1); })(0)"));
        var limits = host.Get<DienHong.Engine.Expressions.ExpressionSandbox>().Limits;

        var result = await host.StartAsync("recurse");

        Incidents(host, result.InstanceId!).Single().Message
            .ShouldEndWith($"recursed deeper than {limits.RecursionDepth} calls (recursion limit)");
    }

    [Fact]
    public async Task A_faulted_instance_can_be_retried_and_faults_again_without_harm()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(SandboxFlows.Decision("loop", "=(function(){ while(true){} return true; })()"));
        var started = await host.StartAsync("loop");

        var retried = await host.Engine.RetryAsync(started.InstanceId!, "operator");

        retried.Status.ShouldBe(RunStatus.Ok, retried.Message);
        retried.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        Incidents(host, started.InstanceId!).Count.ShouldBe(2);
        host.Verifier.Verify().IsIntact.ShouldBeTrue();
    }

    private static List<(string Node, string Message)> Incidents(TestHost host, string instanceId)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT node_id, message FROM incidents WHERE instance_id = @i ORDER BY at, id";
        command.Parameters.AddWithValue("@i", instanceId);
        using var reader = command.ExecuteReader();
        var found = new List<(string, string)>();
        while (reader.Read())
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }
}
