using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Authoring;

/// <summary>
/// Declare-once authoring on real engines: the descriptor comes from the config record, the node's JSON is bound to
/// it, the state is typed, the engine checks actions and outcomes before the activity, and a forgotten Resume faults.
/// </summary>
public sealed class AuthoringTests : IAsyncLifetime
{
    private const string Variables = """[ { "name": "count", "type": "number" } ]""";
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.CreateAsync(services: s => s
        .AddSingleton<IActivity, CounterActivity>()
        .AddSingleton<IActivity, ForgetfulActivity>());

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void The_descriptor_is_the_config_record()
    {
        var descriptor = new CounterActivity().Descriptor;

        descriptor.Properties.Select(p => (p.Name, p.Kind, p.Required)).ShouldBe(
        [
            ("period", PropertyKind.Duration, false), ("flag", PropertyKind.Boolean, false), ("into", PropertyKind.Text, false),
            ("cases", PropertyKind.Json, true), ("alias", PropertyKind.Value, false),
        ]);
        descriptor.Property("cases")!.Shape!.Name.ShouldBe("switchCase");
        descriptor.Property("into")!.Description.En.ShouldBe("The variable that receives the count.");
        descriptor.Property("into")!.Description.Vi.ShouldBe("Biến nhận số lần.");
        descriptor.Actions.ShouldHaveSingleItem().Name.ShouldBe("note");
    }

    [Fact]
    public void Binding_reports_each_broken_property_by_name()
    {
        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", Counter("""
            "period": { "weeks": 1 }, "into": "nowhere", "cases": [ { "outcome": "A" } ]
            """)).Errors.Select(e => e.Message).ToList();

        errors.ShouldContain(m => m.Contains("property 'period'"), string.Join("\n", errors));
        errors.ShouldContain(m => m.Contains("property 'into'") && m.Contains("nowhere"), string.Join("\n", errors));
        errors.ShouldContain(m => m.Contains("property 'cases'") && m.Contains("\"condition\""), string.Join("\n", errors));
    }

    [Fact]
    public async Task Defaults_apply_and_the_typed_state_is_stored_by_name_between_resumes()
    {
        var id = await StartAsync();
        var task = await OpenAsync(id);
        task.Payload.ShouldBe("""{"outcomes":["Again","Stop"],"actions":["note"],"flag":true}""");

        (await ResumeAsync(task, new ResumeInput("an", "Again"))).Succeeded.ShouldBeTrue();
        (await ResumeAsync(task, new ResumeInput("an", Action: "note", Data: new JsonObject { ["text"] = "x" }))).Succeeded.ShouldBeTrue();

        var state = JsonNode.Parse((await host.Store.LoadAsync(id))!.Instance.State)!["nodes"]!.AsObject().Single().Value!;
        state.ToJsonString().ShouldBe("""{"phase":"counting","resumes":1,"notes":["x"]}""");

        (await ResumeAsync(task, new ResumeInput("an", "Stop"))).Succeeded.ShouldBeTrue();
        var instance = (await host.Store.LoadAsync(id))!.Instance;
        (instance.Status, JsonNode.Parse(instance.Variables)!["count"]!.GetValue<int>()).ShouldBe((InstanceStatus.Completed, 2));
    }

    [Fact]
    public async Task A_refused_resume_leaves_the_typed_state_as_it_was()
    {
        var id = await StartAsync();
        var task = await OpenAsync(id);
        var before = (await host.Store.LoadAsync(id))!.Instance.State;

        (await ResumeAsync(task, new ResumeInput("an", "Again", "refuse"))).Status.ShouldBe(RunStatus.Rejected);

        (await host.Store.LoadAsync(id))!.Instance.State.ShouldBe(before);
    }

    [Theory]
    [InlineData(null, "Maybe", null, "task.outcome")]
    [InlineData(null, null, null, "task.outcome")]
    [InlineData("claim", null, null, "action.unknown")]
    [InlineData("note", null, null, "action.data")]
    [InlineData("note", null, """{ "text": "" }""", "action.data")]
    [InlineData("note", null, """{ "text": "x", "urgent": "yes" }""", "action.data")]
    public async Task The_engine_refuses_what_the_task_does_not_offer_before_the_activity_sees_it(string? action, string? outcome, string? data, string code)
    {
        var id = await StartAsync();
        var task = await OpenAsync(id);

        var refused = await ResumeAsync(task, new ResumeInput("an", outcome, Data: data is null ? null : JsonNode.Parse(data)!.AsObject(), Action: action));

        (refused.Status, refused.Refusal!.Code.Value).ShouldBe((RunStatus.Rejected, code));
        refused.Refusal.Args[0].ShouldBe("count");
        JsonNode.Parse((await host.Store.LoadAsync(id))!.Instance.State)!["nodes"]!.AsObject().Single().Value!["resumes"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task An_action_that_needs_a_person_is_refused_without_one()
    {
        var id = await StartAsync();

        var refused = await ResumeAsync(await OpenAsync(id), new ResumeInput(null, Action: "note", Data: new JsonObject { ["text"] = "x" }));

        refused.Refusal!.Code.ShouldBe(RefusalCodes.ActorRequired);
    }

    [Fact]
    public async Task A_forgotten_Resume_faults_the_node_instead_of_completing_it()
    {
        var json = Workflow("forgetful", string.Join(",", Node("start", "Start"), Node("wait", "Forgetful"), Node("end", "End")),
            string.Join(",", Edge("start", "wait"), Edge("wait", "end")));
        await host.PublishAsync(json);
        var id = (await host.StartAsync("forgetful")).InstanceId!;
        var timer = (await host.Store.LoadAsync(id))!.Bookmarks.Single();

        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.Engine.FireDueAsync(host.Clock.GetUtcNow());

        (await host.Store.LoadAsync(id))!.Instance.Status.ShouldBe(InstanceStatus.Faulted);
        await using var db = host.Database.NewContext();
        var incident = db.Incidents.Single(i => i.InstanceId == id);
        (incident.Code, incident.Message).ShouldBe(("activity.resume-unhandled", "Node 'wait': the activity Forgetful was resumed but does not handle resumes."));
        timer.NodeId.ShouldBe("wait");
    }

    private static string Counter(string properties) => Workflow(
        "counter",
        string.Join(",", Node("start", "Start"), $$"""{ "id": "count", "type": "Counter", {{properties}} }""", Node("end", "End")),
        string.Join(",", Edge("start", "count"), Edge("count", "end", "Stopped")),
        Variables);

    private async Task<string> StartAsync()
    {
        await host.PublishAsync(Counter(""" "into": "count", "cases": [ { "outcome": "A", "condition": true } ] """));
        var started = await host.StartAsync("counter");
        started.Succeeded.ShouldBeTrue(started.Message);
        return started.InstanceId!;
    }

    private async Task<BookmarkRecord> OpenAsync(string id) => (await host.Store.LoadAsync(id))!.Bookmarks.Single();

    private Task<RunResult> ResumeAsync(BookmarkRecord task, ResumeInput input) => host.Engine.ResumeAsync(task.Id, input, task.InstanceId);
}
