using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Tasks;

/// <summary>An assignee's role looked up in another agency: the superior body (cơ quan cấp trên), an id, or an expression.</summary>
public sealed class AgencyAssigneeTests
{
    private const string Variables = """[ { "name": "headOrDeputy", "type": "boolean", "default": false } ]""";

    [Fact]
    public async Task The_superior_bodys_head_gets_the_task_and_the_own_head_may_not_complete_it()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await PublishAsync(host, "superior", "\"superior\"");
        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "superior", Agency = "phong-noi-vu", Actor = "E0144" });
        var task = started.OpenBookmarks.Single();

        var ownHead = await host.Engine.ResumeAsync(task.Id, new ResumeInput("E0141", "Done"), started.InstanceId);
        var superiorHead = await host.Engine.ResumeAsync(task.Id, new ResumeInput("E0001", "Done"), started.InstanceId);

        task.Assignee.ShouldBe("role:head@ubnd-huyen");
        ownHead.Status.ShouldBe(RunStatus.Rejected);
        ownHead.Refusal.ShouldNotBeNull().Code.Value.ShouldBe("task.not-assignee");
        superiorHead.Succeeded.ShouldBeTrue(superiorHead.Message);
    }

    [Theory]
    [InlineData(true, "role:head@ubnd-huyen")]
    [InlineData(false, "role:head")]
    public async Task An_expression_picks_the_superior_or_the_own_agency(bool headOrDeputy, string assignee)
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await PublishAsync(host, "chosen", "\"=vars.headOrDeputy === true ? 'superior' : null\"");
        var started = await host.Engine.StartAsync(new StartRequest
        {
            DefinitionKey = "chosen",
            Agency = "phong-noi-vu",
            Actor = "E0144",
            Input = new() { ["headOrDeputy"] = headOrDeputy },
        });

        started.OpenBookmarks.Single().Assignee.ShouldBe(assignee);
    }

    [Fact]
    public async Task An_agency_without_a_superior_body_faults_the_node_and_names_it()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await PublishAsync(host, "top", "\"superior\"");

        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "top", Agency = "ubnd-huyen", Actor = "E0144" });

        started.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        var faulted = (await host.JournalAsync(started.InstanceId!)).Single(j => j.Event == "InstanceFaulted");
        faulted.NodeId.ShouldBe("decide");
        faulted.Data.ShouldNotBeNull().ShouldContain("ubnd-huyen");
    }

    [Fact]
    public async Task An_agency_without_a_role_is_a_validation_error_naming_the_property()
    {
        await using var host = await TestHost.CreateAsync();
        var json = Workflow("bad-agency",
            string.Join(",", Node("start", "Start"),
                """{ "id": "decide", "type": "HumanTask", "assignee": { "user": "E0141", "agency": "superior" }, "outcomes": ["Done"] }""",
                Node("end", "End")),
            string.Join(",", Edge("start", "decide"), Edge("decide", "end", "Done")));

        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", json).Errors;

        errors.ShouldContain(e => e.NodeId == "decide" && e.Message.Contains("'agency' goes with 'role' only"), string.Join("\n", errors));
    }

    private static Task PublishAsync(TestHost host, string key, string agency) =>
        host.PublishAsync(Workflow(key,
            string.Join(",", Node("start", "Start"),
                $$"""{ "id": "decide", "type": "HumanTask", "assignee": { "role": "head", "agency": {{agency}} }, "outcomes": ["Done"] }""",
                Node("end", "End")),
            string.Join(",", Edge("start", "decide"), Edge("decide", "end", "Done")),
            Variables));
}
