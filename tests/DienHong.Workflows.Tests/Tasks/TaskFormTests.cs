using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Tasks;

/// <summary>
/// Required form fields: a rejection of a salary step must state its legal ground (TT 08/2013 Art. 2), so the field
/// is <c>requiredFor: ["Reject"]</c>; completing without it is refused and nothing is saved.
/// </summary>
public sealed class TaskFormTests
{
    private const string Form = """
        , "form": [
            { "name": "legalGround", "label": { "vi": "Căn cứ pháp lý", "en": "Legal ground" }, "requiredFor": ["Reject"] },
            { "name": "note", "required": true } ]
        """;

    private static string Flow(string form = Form) => Workflow("form-required",
        string.Join(",", Node("start", "Start"), Task("decide", "\"Approve\", \"Reject\"", form + """, "resultVariable": "decision" """),
            Node("approved", "End", ",\"outcome\":\"Approved\""), Node("rejected", "End", ",\"outcome\":\"Rejected\"")),
        string.Join(",", Edge("start", "decide"), Edge("decide", "approved", "Approve"), Edge("decide", "rejected", "Reject")),
        """[ { "name": "decision", "type": "object" } ]""");

    [Fact]
    public async Task The_task_carries_its_form_to_the_inbox_as_the_definition_wrote_it()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow());
        var started = await host.StartAsync("form-required");

        var payload = JsonNode.Parse(started.OpenBookmarks.Single().Payload!)!;
        var expected = JsonNode.Parse("""
            [ { "name": "legalGround", "label": { "vi": "Căn cứ pháp lý", "en": "Legal ground" }, "requiredFor": ["Reject"] }, { "name": "note", "required": true } ]
            """);
        JsonNode.DeepEquals(payload["form"], expected).ShouldBeTrue(payload.ToJsonString());
        payload["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["Approve", "Reject"]);
    }

    [Theory]
    [InlineData("Reject", """{ "note": "x" }""", "legalGround")]
    [InlineData("Reject", """{ "note": "x", "legalGround": "   " }""", "legalGround")]
    [InlineData("Approve", """{ }""", "note")]
    [InlineData("Approve", """{ "note": [] }""", "note")]
    public async Task A_required_field_left_empty_is_refused_and_nothing_is_saved(string outcome, string data, string field)
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow());
        var started = await host.StartAsync("form-required");
        var before = (await host.Store.LoadAsync(started.InstanceId!))!.Instance;

        var refused = await host.Engine.ResumeAsync(started.OpenBookmarks.Single().Id,
            new ResumeInput("E0142", outcome, Data: JsonNode.Parse(data)!.AsObject()), started.InstanceId);

        refused.Status.ShouldBe(RunStatus.Rejected);
        refused.Refusal!.Code.Value.ShouldBe("task.field-required");
        refused.Message!.ShouldContain($"'{field}'");
        var after = (await host.Store.LoadAsync(started.InstanceId!))!.Instance;
        (after.JournalSeq, after.Status).ShouldBe((before.JournalSeq, InstanceStatus.Suspended));
    }

    [Theory]
    [InlineData("Reject", """{ "note": "x", "legalGround": "TT 08/2013/TT-BNV Điều 2.1.b: bị kỷ luật cảnh cáo" }""", "Rejected")]
    [InlineData("Approve", """{ "note": "x" }""", "Approved")] // the legal ground is needed only to reject
    public async Task With_its_fields_the_task_completes(string outcome, string data, string end)
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow());
        var started = await host.StartAsync("form-required");

        var done = await host.Engine.ResumeAsync(started.OpenBookmarks.Single().Id,
            new ResumeInput("E0142", outcome, Data: JsonNode.Parse(data)!.AsObject()), started.InstanceId);

        done.Succeeded.ShouldBeTrue(done.Message);
        done.Outcome.ShouldBe(end);
    }

    [Theory]
    [InlineData("""  , "form": [ { "name": "legalGround", "requiredFor": ["Refuse"] } ] """, "'Refuse'")]
    [InlineData("""  , "form": [ { "label": "no name" } ] """, "'name'")]
    public async Task A_form_naming_no_field_or_an_unknown_outcome_is_a_validation_error(string form, string message)
    {
        await using var host = await TestHost.CreateAsync();
        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", Flow(form)).Errors;
        errors.ShouldContain(e => e.NodeId == "decide" && e.Message.Contains(message), string.Join("\n", errors));
    }
}
