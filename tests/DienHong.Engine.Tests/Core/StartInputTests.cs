using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Core;

/// <summary>
/// A start gives only the inputs: a variable the process sets, or one filled from the starter, is refused by name
/// and nothing is saved; a variable <c>"from": "starter"</c> holds the starting person's id.
/// </summary>
public sealed class StartInputTests
{
    private const string Variables = """
        [
          { "name": "subject", "type": "string", "input": true, "required": true },
          { "name": "decided", "type": "boolean", "default": false },
          { "name": "requester", "type": "string", "from": "starter", "required": true }
        ]
        """;

    private static readonly string Marked = Workflow("marked", string.Join(",", Node("start", "Start"), Task("work"), Node("done", "End")),
        string.Join(",", Edge("start", "work"), Edge("work", "done", "Done")), Variables);

    [Theory]
    [InlineData("decided")]
    [InlineData("requester")]
    public async Task A_variable_that_is_no_input_is_refused_by_name_and_nothing_starts(string name)
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Marked);

        var result = await host.StartAsync("marked", new JsonObject { ["subject"] = "a", [name] = name == "decided" ? true : "E0001" });

        result.Status.ShouldBe(RunStatus.Rejected);
        result.Refusal!.Code.ShouldBe(RefusalCodes.InputInvalid);
        result.Refusal.Message(CultureInfo.GetCultureInfo("en")).ShouldContain($"the variable '{name}' is not an input of this workflow");
        result.InstanceId.ShouldBeNull();
    }

    [Fact]
    public async Task A_variable_from_the_starter_holds_the_starting_person()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Marked);

        var result = await host.StartAsync("marked", new JsonObject { ["subject"] = "a" });

        result.Succeeded.ShouldBeTrue(result.Message);
        var variables = JsonNode.Parse((await host.Store.LoadAsync(result.InstanceId!))!.Instance.Variables)!;
        variables["requester"]!.GetValue<string>().ShouldBe("tester");
        variables["decided"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task An_older_definition_without_marks_still_takes_every_declared_variable()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Workflow("older", string.Join(",", Node("start", "Start"), Task("work"), Node("done", "End")),
            string.Join(",", Edge("start", "work"), Edge("work", "done", "Done")), """[{ "name": "decided", "type": "boolean" }]"""));

        var result = await host.StartAsync("older", new JsonObject { ["decided"] = true });

        result.Succeeded.ShouldBeTrue(result.Message);
    }
}
