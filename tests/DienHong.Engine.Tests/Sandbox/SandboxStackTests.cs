using System.Text.Json.Nodes;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>
/// No expression can take the process down by recursing: every route into deep recursion, the engine's own
/// conversions included, ends as a failed evaluation that names its limit. Each probe runs in a child process
/// (<see cref="SandboxProbe"/>), so a regression fails its own test with the exit code.
/// </summary>
public sealed class SandboxStackTests
{
    /// <summary>A generous time limit, so that each probe trips its own limit and not the clock, even under load.</summary>
    private const double Generous = 60_000;

    [Theory]
    [InlineData("proxy-get-trap-reads-itself", "=(function(){ const p = new Proxy({}, { get(t, k, r) { return r[k]; } }); return p.x; })()")]
    [InlineData("valueOf-adds-itself", "=(function(){ const o = { valueOf() { return o + 1; } }; return o + 1; })()")]
    [InlineData("bound-function-calls-itself", "=(function(){ function f() { return g(); } const g = f.bind(null); return g(); })()")]
    [InlineData("getter-reads-itself", "=(function(){ const o = { get x() { return this.x; } }; return o.x; })()")]
    [InlineData("setter-writes-itself", "=(function(){ const o = { set x(v) { this.x = v; } }; o.x = 1; return true; })()")]
    [InlineData("toString-formats-itself", "=(function(){ const o = { toString() { return `${o}`; } }; return `${o}`; })()")]
    [InlineData("tagged-template", "=(function(){ function t() { return t`x`; } return t`x`; })()")]
    [InlineData("reflect-apply", "=(function(){ function f() { return Reflect.apply(f, null, []); } return f(); })()")]
    [InlineData("function-call", "=(function(){ function f() { return f.call(null); } return f(); })()")]
    [InlineData("generator", "=(function(){ function* g() { yield* g(); } return [...g()]; })()")]
    [InlineData("sort-comparator", "=(function(){ function s() { return [2, 1].sort(() => s()); } return s(); })()")]
    [InlineData("constructor", "=(function(){ class A { constructor() { new A(); } } return new A(); })()")]
    [InlineData("proxy-has-trap", "=(function(){ const p = new Proxy({}, { has(t, k) { return k in p; } }); return 'x' in p; })()")]
    [InlineData("mutual-recursion", "=(function(){ const fs = []; for (let i = 0; i < 50; i++) fs.push(n => fs[(i + 1) % 50](n + 1)); return fs[0](0); })()")]
    [InlineData("array-from-mapper", "=(function(){ function f() { return Array.from([1], f); } return f(); })()")]
    [InlineData("json-parse-reviver", "=(function(){ function r() { return JSON.parse('[1]', r); } return r(); })()")]
    [InlineData("catch-and-loop-at-the-bottom", "=(function(){ const o = { valueOf() { try { return o + 1; } catch (e) { while (true) {} } } }; return o + 1; })()")]
    [InlineData("catch-and-allocate-at-the-bottom", "=(function(){ const p = new Proxy({}, { get(t, k, r) { try { return r[k]; } catch (e) { return 'x'.repeat(1e9); } } }); return p.x; })()")]
    public async Task Recursion_by_any_route_stops_at_a_limit_and_the_process_lives(string route, string expression)
    {
        var message = (await SandboxProbe.ExpressionAsync(expression, Generous)).ShouldFail();

        message.ShouldMatch(@"\((stack|recursion) limit\)$", route);
    }

    [Theory]
    [InlineData("String-of-a-deep-array", "=(function(){ let a = []; for (let i = 0; i < 12000; i++) a = [a]; return String(a); })()", "Array.prototype.join met a value nested deeper than 64 levels (depth limit)")]
    [InlineData("deep-array-as-the-result", "=(function(){ let a = []; for (let i = 0; i < 45000; i++) a = [a]; return a; })()", "gave a value nested deeper than 64 levels (depth limit)")]
    [InlineData("deep-object-as-the-result", "=(function(){ let o = {}; for (let i = 0; i < 45000; i++) o = { o }; return o; })()", "gave a value nested deeper than 64 levels (depth limit)")]
    [InlineData("JSON.stringify-of-a-deep-array", "=(function(){ let a = []; for (let i = 0; i < 45000; i++) a = [a]; return JSON.stringify(a).length; })()", "JSON.stringify met a value nested deeper than 64 levels (depth limit)")]
    [InlineData("flat-Infinity-of-a-deep-array", "=(function(){ let a = [1]; for (let i = 0; i < 45000; i++) a = [a]; return a.flat(Infinity).length; })()", "Array.prototype.flat met a value nested deeper than 64 levels (depth limit)")]
    [InlineData("template-literal-of-a-deep-array", "=(function(){ let a = []; for (let i = 0; i < 12000; i++) a = [a]; return `${a}`; })()", "Array.prototype.join met a value nested deeper than 64 levels (depth limit)")]
    public async Task Deep_values_stop_at_the_depth_limit(string route, string expression, string reason)
    {
        var message = (await SandboxProbe.ExpressionAsync(expression, Generous)).ShouldFail();

        message.ShouldEndWith(reason, customMessage: route);
    }

    [Theory]
    [InlineData("proxy-chain-get", "=(function(){ let p = {}; for (let i = 0; i < 15000; i++) p = new Proxy(p, {}); return p.x; })()")]
    [InlineData("proxy-chain-keys", "=(function(){ let p = []; for (let i = 0; i < 15000; i++) p = new Proxy(p, {}); return Object.keys(p).length + Array.isArray(p); })()")]
    [InlineData("proxy-chain-as-the-result", "=(function(){ let p = [1]; for (let i = 0; i < 15000; i++) p = new Proxy(p, {}); return p; })()")]
    [InlineData("bound-chain", "=(function(){ let f = function(){ return 1; }; for (let i = 0; i < 15000; i++) f = f.bind(null); return f(); })()")]
    [InlineData("prototype-chain", "=(function(){ let o = {}; for (let i = 0; i < 15000; i++) o = Object.create(o); return [o.x, String(o), JSON.stringify(o), o instanceof Array]; })()")]
    public async Task Native_chains_end_without_taking_the_process_down(string route, string expression)
    {
        var result = await SandboxProbe.ExpressionAsync(expression, Generous);

        result.Exit.ShouldBe(0, route + ": " + result.Error);
        if (result.Outcome!["ok"]!.GetValue<bool>() is false)
        {
            result.Outcome["message"]!.GetValue<string>().ShouldMatch(@"\((stack|memory) limit\)$", route);
        }
    }

    [Fact]
    public async Task Variables_nested_deeper_than_the_depth_limit_are_refused()
    {
        JsonNode deep = new JsonObject();
        for (var i = 0; i < 5000; i++)
        {
            deep = new JsonObject { ["a"] = deep };
        }

        var message = (await SandboxProbe.ExpressionAsync("=true", Generous, new JsonObject { ["deep"] = deep })).ShouldFail();

        message.ShouldEndWith("'vars' is nested deeper than 64 levels (depth limit)");
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("(", ")")]
    [InlineData("!", "")]
    [InlineData("- ", "")]
    [InlineData("({a:", "})")]
    [InlineData("1+(", ")")]
    public async Task A_deeply_nested_source_is_a_syntax_error(string open, string close)
    {
        var source = "=" + string.Concat(Enumerable.Repeat(open, 20_000)) + "1" + string.Concat(Enumerable.Repeat(close, 20_000));

        var message = (await SandboxProbe.ExpressionAsync(source, Generous)).ShouldFail();

        message.ShouldMatch("(nested too deeply|nesting exceeds maximum depth)");
    }
}
