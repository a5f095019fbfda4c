using System.Diagnostics;
using DienHong.Engine.Expressions;
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

    /// <summary>
    /// The limits of a test about another limit: a time limit generous enough that a loaded machine cannot trip it
    /// first, so each test trips only its own limit.
    /// </summary>
    private static readonly ExpressionLimits NoClock = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Theory]
    [InlineData("endless-loop", "=(function(){ while(true){} return true; })()", "statement limit")]
    [InlineData("endless-for", "=(function(){ for(;;){ } })()", "statement limit")]
    [InlineData("huge-string", "='x'.repeat(1e9).length > 0", "memory limit")]
    [InlineData("doubling-string", "=(function(){ let s = 'x'; while(true){ s = s + s; } })()", "memory limit")]
    [InlineData("huge-array", "=new Array(1e9).fill(0).length > 0", "memory limit")]
    [InlineData("growing-array", "=(function(){ const a = []; while(true){ a.push({ x: 'yyyyyyyyyyyyyyyy' }); } })()", "memory limit")]
    [InlineData("deep-recursion", "=(function f(n){ return f(n+1); })(0)", "recursion limit")]
    [InlineData("deep-coercion", "=(function(){ const o = { valueOf() { return o + 1; } }; return o + 1; })()", "stack limit")]
    [InlineData("deep-value", "=(function(){ let a = []; for (let i = 0; i < 1000; i++) a = [a]; return a; })()", "depth limit")]
    public async Task A_runaway_expression_becomes_an_incident_while_another_instance_completes(string key, string condition, string limit)
    {
        await using var host = await TestHost.CreateAsync(options => options.ExpressionLimits = NoClock);
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
        incident.Message.ShouldEndWith($"({limit})");
        var journal = await host.JournalAsync(bad.InstanceId!);
        journal[^1].Event.ShouldBe("InstanceFaulted");
        journal[^1].FailureText().ShouldBe(incident.Message);
        journal[^1].Failure().Code.ShouldBe(IncidentCodes.ExpressionFailed);
    }

    [Theory]
    [InlineData("=(function f(n){ return f(n+1); })(0)", "recursed deeper than 20 calls (recursion limit)")]
    [InlineData("=(function(){ while(true){} })()", "stopped after 250 ms (time limit)")]
    [InlineData("=(function(){ for(;;){} })()", "stopped after 1000 statements (statement limit)")]
    [InlineData("='x'.repeat(5000)", "String.prototype.repeat: a string of 5000 characters, more than the 4000 allowed (memory limit)")]
    [InlineData("=(function(){ const o = {}; let i = 0; while(true){ o['k' + i] = 'yyyyyyyyyyyyyyyy' + i++; } })()", "used more than 1 MB (memory limit)")]
    [InlineData("=new Array(5000).fill(0)", "built an array of more than 4000 elements (memory limit)")]
    [InlineData("=(function(){ const o = { valueOf() { return o + 1; } }; return o + 1; })()", "recursed or nested deeper than 128 KB of stack (stack limit)")]
    [InlineData("=[[[[[[[[[[1]]]]]]]]]]", "gave a value nested deeper than 8 levels (depth limit)")]
    public async Task The_configured_limit_is_named_in_the_incident_message(string condition, string reason)
    {
        var limits = new ExpressionLimits
        {
            Timeout = condition.Contains("while(true){}", StringComparison.Ordinal) ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(60),
            MaxStatements = condition.Contains("for(;;)", StringComparison.Ordinal) ? 1000 : int.MaxValue,
            RecursionDepth = 20,
            MemoryBytes = 1024 * 1024,
            MaxStringLength = 4000,
            MaxArraySize = 4000,
            StackBytes = 128 * 1024,
            MaxDepth = 8,
        };
        await using var host = await TestHost.CreateAsync(options => options.ExpressionLimits = limits);
        await host.PublishAsync(SandboxFlows.Decision("limited", condition));

        var result = await host.StartAsync("limited");

        result.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        Incidents(host, result.InstanceId!).Single().Message.ShouldBe($"Expression {condition}: {reason}");
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
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
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
