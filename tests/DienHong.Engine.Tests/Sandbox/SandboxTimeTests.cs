using System.Diagnostics;
using DienHong.Engine.Expressions;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>Every evaluation stops at its time limit, regular expressions and the conversion of its result included.</summary>
public sealed class SandboxTimeTests
{
    /// <summary>A generous guard against hanging, not a timing goal: Jint's own regex timeout is 10 seconds.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData("=/(a+)+$/.test('a'.repeat(32) + '!')")]
    [InlineData("=new RegExp('(a+)+$', 'u').test('a'.repeat(32) + '!')")]
    [InlineData("=('a'.repeat(32) + '!').replace(/(a+)+$/g, 'x')")]
    [InlineData("=('a'.repeat(21) + '!').repeat(200).split(/(a+)+b/).length")]
    [InlineData("=[...('a'.repeat(21) + '!').repeat(200).matchAll(/(a+)+b/g)].length")]
    [InlineData("=(function(){ try { return /(a+)+$/.test('a'.repeat(32) + '!'); } catch (e) { return 'caught'; } })()")]
    public void A_catastrophic_regular_expression_stops_at_the_time_limit(string expression)
    {
        var sandbox = new ExpressionSandbox(new ExpressionLimits { Timeout = TimeSpan.FromMilliseconds(250) });
        var watch = Stopwatch.StartNew();

        var error = Should.Throw<ExpressionException>(() => Evaluate(sandbox, expression));

        watch.Elapsed.ShouldBeLessThan(Guard);
        error.Reason.ShouldBe("stopped after 250 ms (time limit)");
    }

    [Fact]
    public void Converting_the_result_shares_the_time_limit_of_the_evaluation()
    {
        // The script spends most of the limit, then its result has a getter that never returns: the conversion must
        // not get a fresh time limit of its own.
        var limits = new ExpressionLimits { Timeout = TimeSpan.FromSeconds(2), MaxStatements = int.MaxValue, MemoryBytes = 1L << 30 };
        var sandbox = new ExpressionSandbox(limits);
        Evaluate(sandbox, "=[1].map(x => x)");
        var watch = Stopwatch.StartNew();

        var error = Should.Throw<ExpressionException>(() => Evaluate(sandbox,
            "=(function(){ const t = Date.now(); while (Date.now() - t < 1500) {} return { get late() { while (true) {} } }; })()"));

        error.Reason.ShouldBe("stopped after 2000 ms (time limit)");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3), "a renewed limit would have run to about 3.5 s");
    }

    [Theory]
    [InlineData("/(a+)+$/")]
    [InlineData("new RegExp('(a+)+$')")]
    [InlineData("new RegExp('(a+)+$', 'u')")]
    public void A_regular_expression_that_starts_late_stops_at_the_same_deadline(string regex)
    {
        // The script spends most of the limit, then starts a catastrophic match: it must not get a whole time limit
        // of its own.
        var limits = new ExpressionLimits { Timeout = TimeSpan.FromSeconds(2), MaxStatements = int.MaxValue, MemoryBytes = 1L << 30 };
        var sandbox = new ExpressionSandbox(limits);
        Evaluate(sandbox, "=/a/.test('a')");
        var watch = Stopwatch.StartNew();

        var error = Should.Throw<ExpressionException>(() => Evaluate(sandbox,
            $"=(function(){{ const r = {regex}; const t = Date.now(); while (Date.now() - t < 1500) {{}} return r.test('a'.repeat(32) + '!'); }})()"));

        error.Reason.ShouldBe("stopped after 2000 ms (time limit)");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2.75), "a match with a time limit of its own would have run to about 3.5 s");
    }

    private static void Evaluate(ExpressionSandbox sandbox, string expression) =>
        sandbox.Evaluate(ExpressionCompiler.Compile(expression), new ExpressionScope([], null, DateTimeOffset.UnixEpoch));
}
