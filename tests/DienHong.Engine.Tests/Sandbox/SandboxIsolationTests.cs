using DienHong.Engine.Expressions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>Expressions cannot reach the CLR, compile strings or share state with each other.</summary>
public sealed class SandboxIsolationTests
{
    [Theory]
    [InlineData("=typeof System === 'undefined'")]
    [InlineData("=typeof importNamespace === 'undefined'")]
    [InlineData("=typeof clrHelper === 'undefined' && typeof host === 'undefined' && typeof require === 'undefined'")]
    [InlineData("=typeof now.GetType === 'undefined' && typeof ({}).GetType === 'undefined'")]
    [InlineData("=typeof Uint8Array === 'undefined' && typeof ArrayBuffer === 'undefined'")]
    [InlineData("='ab'.repeat(3) === 'ababab'")]
    public async Task The_sandbox_offers_no_way_out(string condition)
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(SandboxFlows.Decision("closed", condition));

        var result = await host.StartAsync("closed");

        result.InstanceStatus.ShouldBe(InstanceStatus.Completed, result.Message);
        result.Outcome.ShouldBe("True");
    }

    [Theory]
    [InlineData("=eval('1 + 1') === 2")]
    [InlineData("=Function('return 1')() === 1")]
    [InlineData("=(function(){}).constructor('return 1')() === 1")]
    public async Task Code_built_from_strings_does_not_run(string condition)
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(SandboxFlows.Decision("no-eval", condition));

        var result = await host.StartAsync("no-eval");

        result.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        (await host.JournalAsync(result.InstanceId!))[^1].FailureText().ShouldContain(condition);
    }

    [Fact]
    public async Task A_global_set_by_one_expression_is_not_seen_by_the_next()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(SandboxFlows.TwoDecisions("leaky",
            "=(globalThis.leak = 42, Object.prototype.polluted = 'yes', String.prototype.trim = null, true)",
            "=typeof globalThis.leak === 'undefined' && ({}).polluted === undefined && ' a '.trim() === 'a'"));

        var first = await host.StartAsync("leaky");
        var second = await host.StartAsync("leaky");

        first.Outcome.ShouldBe("True", first.Message);
        second.Outcome.ShouldBe("True", second.Message);
    }

    [Fact]
    public void Evaluations_share_nothing_even_on_one_sandbox()
    {
        var sandbox = new ExpressionSandbox(new ExpressionLimits());
        var scope = new ExpressionScope([], null, DateTimeOffset.UnixEpoch);

        sandbox.Evaluate(ExpressionCompiler.Compile("=(globalThis.counter = (globalThis.counter || 0) + 1)"), scope)!.GetValue<long>().ShouldBe(1);
        sandbox.Evaluate(ExpressionCompiler.Compile("=(globalThis.counter = (globalThis.counter || 0) + 1)"), scope)!.GetValue<long>().ShouldBe(1);
        sandbox.Evaluate(ExpressionCompiler.Compile("=typeof counter"), scope)!.GetValue<string>().ShouldBe("undefined");
    }

    [Fact]
    public async Task Concurrent_instances_see_only_their_own_variables()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Definitions.Workflow("own-vars",
            string.Join(",", Definitions.Node("start", "Start"),
                Definitions.Node("check", "Decision", ",\"condition\":\"=(globalThis.seen = vars.n, globalThis.seen === vars.n && vars.n % 2 === 0)\""),
                Definitions.Node("even", "End", ",\"outcome\":\"Even\""), Definitions.Node("odd", "End", ",\"outcome\":\"Odd\"")),
            string.Join(",", Definitions.Edge("start", "check"), Definitions.Edge("check", "even", "True"), Definitions.Edge("check", "odd", "False")),
            """[ { "name": "n", "type": "number", "required": true } ]"""));

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(n => Task.Run(() => host.StartAsync("own-vars", new() { ["n"] = n }))));

        for (var n = 0; n < results.Length; n++)
        {
            results[n].Status.ShouldBe(RunStatus.Ok, results[n].Message);
            results[n].Outcome.ShouldBe(n % 2 == 0 ? "Even" : "Odd");
        }
    }
}
