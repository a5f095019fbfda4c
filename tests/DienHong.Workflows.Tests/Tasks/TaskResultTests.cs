using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Tasks;

/// <summary>What a person fills in when completing a task lands in a variable and drives the flow.</summary>
public sealed class TaskResultTests
{
    [Fact]
    public async Task The_form_data_goes_to_the_result_variable_and_a_later_decision_reads_it()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Workflow("form",
            string.Join(",",
                Node("start", "Start"),
                Task("fill", "\"Submitted\"", """, "resultVariable": "answer" """),
                Node("check", "Decision", """, "condition": "=vars.answer.periods >= 40" """),
                Node("enough", "End", ",\"outcome\":\"Enough\""),
                Node("short", "End", ",\"outcome\":\"Short\"")),
            string.Join(",", Edge("start", "fill"), Edge("fill", "check"), Edge("check", "enough", "True"), Edge("check", "short", "False")),
            """[ { "name": "answer", "type": "object" } ]"""));
        var started = await host.StartAsync("form");

        var done = await host.Engine.ResumeAsync(started.OpenBookmarks.Single().Id,
            new ResumeInput("E0142", "Submitted", Data: new JsonObject { ["periods"] = 32 }), started.InstanceId);

        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Short");
        var vars = JsonNode.Parse((await host.Store.LoadAsync(started.InstanceId!))!.Instance.Variables)!;
        vars["answer"]!["periods"]!.GetValue<int>().ShouldBe(32);
        vars["answer"]!["by"]!.GetValue<string>().ShouldBe("E0142");
    }

    [Fact]
    public async Task An_undeclared_result_variable_is_a_validation_error()
    {
        await using var host = await TestHost.CreateAsync();
        var json = Workflow("bad-form",
            string.Join(",", Node("start", "Start"), Task("fill", "\"Submitted\"", """, "resultVariable": "nowhere" """), Node("end", "End")),
            string.Join(",", Edge("start", "fill"), Edge("fill", "end")));

        var errors = host.Get<DienHong.Engine.Validation.DefinitionValidator>().Validate("bad-form.workflow.json", json).Errors;

        errors.ShouldContain(e => e.NodeId == "fill" && e.Message.Contains("nowhere"));
    }
}
