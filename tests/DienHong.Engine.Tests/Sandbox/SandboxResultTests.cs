using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Expressions;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>
/// What an expression gives is JSON. A value JSON cannot hold, or a failure, is refused with a reason in words:
/// never the name of an exception type, never a message as long as the string that was thrown.
/// </summary>
public sealed class SandboxResultTests
{
    private static readonly ExpressionSandbox Sandbox = new(new ExpressionLimits { Timeout = TimeSpan.FromSeconds(30) });

    [Theory]
    [InlineData("=new Date(NaN)", "gave an invalid date (Invalid Date)")]
    [InlineData("=new Date('garbage')", "gave an invalid date (Invalid Date)")]
    [InlineData("=new Date(-8.64e15)", "gave a date outside the years 1 to 9999")]
    [InlineData("=new Date(8.64e15)", "gave a date outside the years 1 to 9999")]
    [InlineData("=NaN", "gave NaN, which JSON cannot hold as a number")]
    [InlineData("=1 / 0", "gave Infinity, which JSON cannot hold as a number")]
    [InlineData("=-1 / 0", "gave -Infinity, which JSON cannot hold as a number")]
    [InlineData("=10n", "gave a BigInt, which JSON cannot hold")]
    [InlineData("=({ a: [10n] })", "gave a BigInt, which JSON cannot hold")]
    [InlineData("=(function(){ const o = {}; o.o = o; return o; })()", "gave a value that contains itself, which JSON cannot hold")]
    [InlineData("=(() => { throw new Error(); })()", "threw Error without a message")]
    [InlineData("=(() => { throw new RangeError(''); })()", "threw RangeError without a message")]
    [InlineData("=(() => { throw { a: 1 }; })()", "threw a value that is not an Error")]
    [InlineData("=(() => { throw 'boom'; })()", "boom")]
    [InlineData("=vars.missing.foo", "Cannot read properties of undefined (reading 'foo')")]
    [InlineData("=new Date(1e20).toISOString()", "Invalid time value")]
    public void A_result_JSON_cannot_hold_or_a_failure_is_explained(string expression, string reason)
    {
        var error = Should.Throw<ExpressionException>(() => Evaluate(expression));

        error.Reason.ShouldBe(reason);
        error.Message.ShouldBe($"{expression}: {reason}");
    }

    [Theory]
    [InlineData("='x'.repeat(1e9)", "String.prototype.repeat: một chuỗi 1000000000 ký tự, quá mức 1000000 ký tự cho phép (giới hạn bộ nhớ)")]
    [InlineData("=new Date(NaN)", "cho một ngày không hợp lệ (Invalid Date)")]
    [InlineData("=(function(){ const o = { valueOf() { return o + 1; } }; return o + 1; })()", "đệ quy hoặc lồng sâu quá 256 KB ngăn xếp (giới hạn ngăn xếp)")]
    public void Reasons_are_written_in_the_language_of_the_reader(string expression, string reason)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi");
        try
        {
            Should.Throw<ExpressionException>(() => Evaluate(expression)).Reason.ShouldBe(reason);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void A_long_thrown_message_is_shortened()
    {
        var error = Should.Throw<ExpressionException>(() => Evaluate("=(() => { throw new Error('x'.repeat(100000)); })()"));

        error.Reason.Length.ShouldBe(501);
        error.Reason.ShouldEndWith("x…");
    }

    [Theory]
    [InlineData("=new Date(0)", "\"1970-01-01T00:00:00.0000000Z\"")]
    [InlineData("=({ d: new Date(0), n: -0, e: 1e21, u: undefined, f() {}, s: Symbol() })", "{\"d\":\"1970-01-01T00:00:00.000Z\",\"n\":0,\"e\":1e+21}")]
    [InlineData("=[undefined, () => 1, NaN]", "[null,null,null]")]
    [InlineData("=Symbol('x')", "null")]
    [InlineData("=({ toJSON: () => undefined })", "null")]
    [InlineData("=1.5", "1.5")]
    [InlineData("=3", "3")]
    public void A_result_JSON_can_hold_is_converted_the_JSON_way(string expression, string json) =>
        (Evaluate(expression)?.ToJsonString() ?? "null").ShouldBe(json);

    [Fact]
    public void Variables_and_results_may_be_nested_up_to_the_depth_limit()
    {
        JsonNode deep = 1;
        for (var i = 0; i < 63; i++)
        {
            deep = new JsonArray(deep);
        }

        var result = Sandbox.Evaluate(ExpressionCompiler.Compile("=[vars.deep]"), new ExpressionScope(new JsonObject { ["deep"] = deep.DeepClone() }, null, DateTimeOffset.UnixEpoch));

        result!.ToJsonString().ShouldBe(new JsonArray(deep.DeepClone()).ToJsonString());
    }

    [Fact]
    public async Task A_timer_at_an_invalid_date_faults_with_the_reason()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Workflow("bad-at",
            string.Join(",", Node("start", "Start"), Node("wait", "Timer", ",\"at\":\"=new Date('31/02/2027')\""), Node("end", "End")),
            string.Join(",", Edge("start", "wait"), Edge("wait", "end"))));

        var result = await host.StartAsync("bad-at");

        result.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        (await host.JournalAsync(result.InstanceId!))[^1].FailureText().ShouldBe("Expression =new Date('31/02/2027'): gave an invalid date (Invalid Date)");
    }

    [Fact]
    public async Task A_task_due_given_by_a_failing_expression_faults_with_the_reason()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Workflow("bad-due",
            string.Join(",", Node("start", "Start"),
                Node("task", "HumanTask", ",\"assignee\":{\"role\":\"staff\"},\"outcomes\":[\"Done\"],\"due\":\"=({ workingDays: vars.plan.days })\""),
                Node("end", "End")),
            string.Join(",", Edge("start", "task"), Edge("task", "end", "Done")),
            """[ { "name": "plan", "type": "object" } ]"""));

        var result = await host.StartAsync("bad-due");

        result.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        (await host.JournalAsync(result.InstanceId!))[^1].FailureText()
            .ShouldBe("Expression =({ workingDays: vars.plan.days }): Cannot read properties of undefined (reading 'days')");
    }

    private static JsonNode? Evaluate(string expression) =>
        Sandbox.Evaluate(ExpressionCompiler.Compile(expression), new ExpressionScope([], null, DateTimeOffset.UnixEpoch));
}
