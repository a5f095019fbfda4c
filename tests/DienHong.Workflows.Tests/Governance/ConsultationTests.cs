using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Tests.Durability;
using Shouldly;
using Xunit;
using static DienHong.Workflows.Tests.Governance.GovernanceHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// Consultation (Law 10/2022 Art. 53-55) on the Mon-Fri calendar. Instances start Monday 1 February 2027 08:00: the
/// default 10 working days (2-5, 8-12, 15 February) end at 24:00 on Monday 15 February, and the 5 working days of the
/// response (16-19, 22 February) at 24:00 on Monday 22 February.
/// </summary>
public sealed class ConsultationTests
{
    private const string Variables = """[ { "name": "opinions", "type": "object" } ]""";
    private static readonly string[] Outcomes = ["Responded"];

    private static string Consultation(string extra = "") =>
        $$"""{ "id": "gov", "type": "Consultation", "content": "Kế hoạch tuyển dụng năm 2027", "form": "intranet", "summaryVariable": "opinions"{{extra}} }""";

    [Fact]
    public async Task The_summary_counts_one_voice_per_person_and_the_response_is_required_then_disclosed()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("consult", Consultation(""", "anonymous": true"""), Outcomes, Variables), "consult");
        var opened = JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "ConsultationOpened").Data!)!;
        opened["form"]!.ToString().ShouldBe("intranet");
        opened["deadline"]!["lastDay"]!.ToString().ShouldBe("2027-02-15");
        opened["respondent"]!.ToString().ShouldBe("role:head");
        (await host.OpenAsync(id)).WakeAt.ShouldBe(Local(2, 16));

        host.Clock.SetUtcNow(Local(2, 2, 9));
        (await host.SubmitAsync(id, "opine", "alice", "Cần thêm chỉ tiêu")).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "opine", "bob", "Tiêu chuẩn quá cao", anonymous: true)).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "opine", "alice", "Cần thêm hai chỉ tiêu")).Succeeded.ShouldBeTrue();

        (await host.AtAsync(Local(2, 16))).ShouldBe(1);
        var summary = JsonNode.Parse((await host.InstanceAsync(id)).Variables)!["opinions"]!;
        summary["submissions"]!.GetValue<int>().ShouldBe(2);
        summary["anonymous"]!.GetValue<int>().ShouldBe(1);
        summary["texts"]!.AsArray().Select(t => t!.ToString()).ShouldBe(["Tiêu chuẩn quá cao", "Cần thêm hai chỉ tiêu"]);
        var compiled = JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "SummaryCompiled").Data!)!;
        compiled["entries"]!.AsArray().Select(e => e!["by"]?.ToString()).ShouldBe([null, "alice"]);

        // The instance cannot finish before the head responds.
        var task = await host.OpenAsync(id);
        task.Assignee.ShouldBe("role:head");
        task.DueAt.ShouldBe(Local(2, 23));
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Suspended);
        (await host.AtAsync(Local(3, 31))).ShouldBe(0);
        (await host.CompleteAsync(id, "gov", "Responded", "head")).Status.ShouldBe(RunStatus.Rejected);
        (await host.CompleteAsync(id, "gov", "Approve", "head", "Tiếp thu")).Status.ShouldBe(RunStatus.Rejected);
        (await host.SubmitAsync(id, "opine", "carol", "Muộn")).Status.ShouldBe(RunStatus.Rejected);
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Suspended);

        (await host.CompleteAsync(id, "gov", "Responded", "head", "Tiếp thu: bổ sung hai chỉ tiêu")).Succeeded.ShouldBeTrue();
        var instance = await host.InstanceAsync(id);
        instance.Status.ShouldBe(InstanceStatus.Completed);
        instance.Outcome.ShouldBe("Responded");
        (await host.EventsAsync(id)).ShouldBe(
            ["ConsultationOpened", "OpinionBoxOpened", "OpinionReceived", "OpinionReceived", "OpinionReceived", "SummaryCompiled", "ResponseRequested", "ResponseDisclosed", "ResponseGiven"]);
        var disclosed = JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "ResponseDisclosed").Data!)!;
        disclosed["item"]!.ToString().ShouldBe("DC-10");
        disclosed["response"]!.ToString().ShouldBe("Tiếp thu: bổ sung hai chỉ tiêu");
    }

    [Fact]
    public async Task Anonymous_opinions_keep_one_voice_and_no_trace_of_the_person()
    {
        const string person = "secret-person-4711";
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("consult-anon", Consultation(""", "anonymous": true"""), Outcomes, Variables), "consult-anon");

        host.Clock.SetUtcNow(Local(2, 3, 10));
        (await host.SubmitAsync(id, "opine", person, "Ý kiến thứ nhất", anonymous: true)).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "opine", "other-person-0815", "Ý kiến khác", anonymous: true)).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "opine", person, "Ý kiến thay thế", anonymous: true)).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "opine", person, "Ký tên", anonymous: false)).Status.ShouldBe(RunStatus.Rejected);

        var state = Readable((await host.InstanceAsync(id)).State);
        state.ShouldContain("Ý kiến thay thế");
        state.ShouldNotContain("Ý kiến thứ nhất");
        var unsalted = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(person)));
        foreach (var text in new[] { state, DatabaseDump.Of(host.DatabasePath) })
        {
            text.ShouldNotContain(person);
            text.ShouldNotContain("other-person-0815");
            text.ShouldNotContain(unsalted);
        }

        var received = (await host.JournalAsync(id)).Where(j => j.Event == "OpinionReceived").ToList();
        received.Count.ShouldBe(3);
        received.ShouldAllBe(j => j.Actor == null);

        await host.AtAsync(Local(2, 16));
        var summary = JsonNode.Parse((await host.InstanceAsync(id)).Variables)!["opinions"]!;
        summary["submissions"]!.GetValue<int>().ShouldBe(2);
        summary["anonymous"]!.GetValue<int>().ShouldBe(2);
        summary["texts"]!.AsArray().Select(t => t!.ToString()).ShouldBe(["Ý kiến khác", "Ý kiến thay thế"]);
        Readable((await host.InstanceAsync(id)).State).ShouldNotContain("voice");
        DatabaseDump.Of(host.DatabasePath).ShouldNotContain(person);
    }

    [Fact]
    public async Task Anonymous_opinions_are_refused_unless_allowed_and_other_actions_change_nothing()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("consult-named", Consultation(), Outcomes, Variables), "consult-named");
        var before = DatabaseDump.Of(host.DatabasePath);

        (await host.SubmitAsync(id, "opine", "alice", "Ẩn danh", anonymous: true)).Status.ShouldBe(RunStatus.Rejected);
        (await host.SubmitAsync(id, "object", "alice", "Phản đối")).Status.ShouldBe(RunStatus.Rejected);
        (await host.SubmitAsync(id, "vote", "alice", "yes")).Status.ShouldBe(RunStatus.Rejected);
        (await host.SubmitAsync(id, "opine", null, "Không tên")).Status.ShouldBe(RunStatus.Rejected);
        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);

        (await host.SubmitAsync(id, "opine", "alice", "Đồng ý")).Succeeded.ShouldBeTrue();
        (await host.JournalAsync(id)).Single(j => j.Event == "OpinionReceived").Actor.ShouldBe("alice");
    }
}
