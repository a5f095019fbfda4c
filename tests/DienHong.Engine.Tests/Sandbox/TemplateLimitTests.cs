using System.Text.Json.Nodes;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>
/// Liquid templates of notifications get the same treatment as expressions: a template nested too deeply is
/// refused when it is parsed (its nesting would overflow the stack when parsed or rendered), and a render stops
/// at its limits of size, steps and time. Each probe runs in a child process (<see cref="SandboxProbe"/>).
/// </summary>
public sealed class TemplateLimitTests
{
    /// <summary>Captures into <c>s</c> a text of 10,000 characters.</summary>
    private const string TenThousand = "{% capture s %}{% for i in (1..1000) %}xxxxxxxxxx{% endfor %}{% endcapture %}";

    public static TheoryData<string, string> DeepTemplates() => new()
    {
        { "nested-if", Repeat("{% if true %}", 20_000) + "x" + Repeat("{% endif %}", 20_000) },
        { "nested-for", Repeat("{% for i in (1..1) %}", 20_000) + "x" + Repeat("{% endfor %}", 20_000) },
        { "nested-parentheses", "{{ " + Repeat("(", 20_000) + "1..2" + Repeat(")", 20_000) + " }}" },
        { "long-filter-chain", "{{ a " + Repeat("| append: 1 ", 50_000) + "}}" },
        { "long-and-chain", "{% if " + Repeat("a and ", 50_000) + "a %}x{% endif %}" },
    };

    [Theory]
    [MemberData(nameof(DeepTemplates))]
    public async Task A_template_nested_too_deeply_is_refused_when_it_is_parsed(string shape, string template)
    {
        var message = (await SandboxProbe.TemplateAsync(template)).ShouldFail();

        message.ShouldBe("the template is nested deeper than 64 levels (depth limit)", shape);
    }

    [Theory]
    [InlineData("{% assign s = 'xx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}", "append: a text of 1048576 characters, more than the 1000000 allowed (size limit)")]
    [InlineData("{% assign s = 'xx' %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}", "the text is longer than 1000000 characters (size limit)")]
    [InlineData("{% assign s = 'xxxxxxxxxx' %}{% for i in (1..20) %}{% assign s = s | replace: 'x', s %}{% endfor %}{{ s | size }}", "replace: a text of 100000000 characters, more than the 1000000 allowed (size limit)")]
    [InlineData(TenThousand + "{{ s | split: '' | join: s | size }}", "join: a text of 100000000 characters, more than the 1000000 allowed (size limit)")]
    [InlineData(TenThousand + "{% for i in (1..1000) %}{{ s }}{% endfor %}", "the text is longer than 1000000 characters (size limit)")]
    [InlineData(TenThousand + "{% for i in (1..200) %}{% assign s = s | append: s %}{% endfor %}", "append: a text of 1280000 characters, more than the 1000000 allowed (size limit)")]
    [InlineData("{% for i in (1..100000) %}x{% endfor %}", "ran more than 10000 steps or nested more than 8 blocks (step limit)")]
    public async Task A_render_stops_at_its_limits(string template, string reason)
    {
        // A minute of time: under load the default time limit could trip before the limit under test.
        var message = (await SandboxProbe.TemplateAsync(template, timeoutMs: 60_000)).ShouldFail();

        message.ShouldBe(reason);
    }

    [Fact]
    public async Task A_render_stops_at_its_time_limit()
    {
        // About 400 million characters of filtering within the step limit: far more than 5 ms of work.
        var template = TenThousand + "{% for i in (1..4000) %}{% assign t = s | replace: 'y', 'z' | upcase | downcase | replace: 'x', 'y' %}{% endfor %}";

        var message = (await SandboxProbe.TemplateAsync(template, timeoutMs: 5)).ShouldFail();

        message.ShouldBe("stopped after 5 ms (time limit)");
    }

    [Fact]
    public async Task Variables_nested_deeper_than_the_depth_limit_are_refused()
    {
        JsonNode deep = new JsonObject();
        for (var i = 0; i < 5000; i++)
        {
            deep = new JsonObject { ["a"] = deep };
        }

        var message = (await SandboxProbe.TemplateAsync("{{ vars.deep.a }}", new JsonObject { ["deep"] = deep })).ShouldFail();

        message.ShouldBe("'vars' is nested deeper than 64 levels (depth limit)");
    }

    [Theory]
    [InlineData("{% include 'self' %}")]
    [InlineData("{% render 'self' %}")]
    public async Task Include_and_render_find_no_template(string template)
    {
        var message = (await SandboxProbe.TemplateAsync(template)).ShouldFail();

        message.ShouldBe("'self' cannot be included: a notification template includes no other template");
    }

    [Fact]
    public async Task A_template_within_its_limits_renders()
    {
        var value = (await SandboxProbe.TemplateAsync(
            "{% capture c %}{{ vars.name | upcase }}{% endcapture %}{{ c }}: {{ vars.list | join: ', ' | replace: 'a', 'ạ' }}",
            new JsonObject { ["name"] = "Hoà", ["list"] = new JsonArray("a", "b") })).ShouldSucceed();

        value!.GetValue<string>().ShouldBe("HOÀ: ạ, b");
    }

    [Fact]
    public async Task A_notification_whose_template_breaks_a_limit_is_an_incident_that_says_which()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Definitions.Workflow("notify-limit",
            string.Join(",", Definitions.Node("start", "Start"),
                // The size limit trips on the third step: no load on the machine can make the time limit come first.
                Definitions.Node("n1", "Notify", ",\"to\":{\"email\":\"hr@example.vn\"},\"subject\":\"s\",\"body\":\"{% assign s = 'xxxxxxxxxx' %}{% for i in (1..20) %}{% assign s = s | replace: 'x', s %}{% endfor %}\""),
                Definitions.Node("end", "End")),
            string.Join(",", Definitions.Edge("start", "n1"), Definitions.Edge("n1", "end"))));

        var result = await host.StartAsync("notify-limit");

        result.InstanceStatus.ShouldBe(DienHong.Engine.Storage.InstanceStatus.Faulted);
        (await host.JournalAsync(result.InstanceId!))[^1].FailureText()
            .ShouldBe("Notify 'n1': the template failed: replace: a text of 100000000 characters, more than the 1000000 allowed (size limit)");
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
