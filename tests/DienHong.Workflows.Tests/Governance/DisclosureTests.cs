using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Catalog;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Tests.Durability;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static DienHong.Workflows.Tests.Governance.GovernanceHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// Disclosure (Law 10/2022 Art. 47-48): the post-by task, its proof, lateness in working days and the period from
/// the actual posting. Every instance starts Monday 1 February 2027 08:00 in Hanoi on the Mon-Fri calendar (the
/// Tết cases on Vietnam's): the document is issued then unless a case says otherwise, so the 05 working days end
/// at 24:00 on Monday 8 February.
/// </summary>
public sealed class DisclosureTests
{
    internal const string Variables = """[ { "name": "posting", "type": "object" } ]""";
    internal static readonly string[] Outcomes = ["NoObjection", "ObjectionsDismissed", "ObjectionUpheld"];

    internal static string Disclosure(string extra = "") =>
        $$"""{ "id": "gov", "type": "Disclosure", "document": "Quyết định nâng bậc lương", "category": "DC-06", "resultVariable": "posting"{{extra}} }""";

    /// <summary>The poster completes the post-by task with a photo as proof (and what <paramref name="data"/> adds).</summary>
    internal static async Task<RunResult> PostAsync(TestHost host, string id, string actor = "hr-lan", JsonObject? data = null)
    {
        var post = await host.TaskAsync(id, "post");
        var input = data ?? [];
        input["attachments"] ??= new JsonArray("anh-niem-yet.jpg");
        return await host.Engine.ResumeAsync(post.Id, new ResumeInput(actor, "Posted", Data: input), id);
    }

    internal static async Task<JsonNode> PostedAsync(TestHost host, string id) =>
        JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "DisclosurePosted").Data!)!;

    [Fact]
    public async Task The_poster_gets_a_post_by_task_due_five_working_days_after_the_issue_and_completing_it_is_the_proof()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-post", Disclosure(""", "channels": ["notice-board", "meeting"] """), Outcomes, Variables), "disclose-post");

        var post = await host.TaskAsync(id, "post");
        post.Assignee.ShouldBe("role:hr");
        post.DueAt.ShouldBe(Local(2, 9));
        var offered = JsonNode.Parse(post.Payload!)!;
        offered["channels"]!.AsArray().Select(c => c!.ToString()).ShouldBe(["notice-board", "meeting"]);
        offered["outcomes"]!.AsArray().Select(c => c!.ToString()).ShouldBe(["Posted"]);
        (await host.EventsAsync(id)).ShouldBe(["DisclosurePostingDue", "TaskCreated"]);

        host.Clock.SetUtcNow(Local(2, 3, 10));
        var posted = await PostAsync(host, id, data: new JsonObject { ["channels"] = new JsonArray("notice-board"), ["attachments"] = new JsonArray("https://intranet/niem-yet/123") });
        posted.Succeeded.ShouldBeTrue(posted.Message);

        var proof = await PostedAsync(host, id);
        proof["by"]!.ToString().ShouldBe("hr-lan");
        proof["postedAt"]!.ToString().ShouldBe("2027-02-03T10:00:00.0000000+07:00");
        proof["channels"]!.AsArray().Select(c => c!.ToString()).ShouldBe(["notice-board"]);
        proof["attachments"]!.AsArray().Single()!.ToString().ShouldBe("https://intranet/niem-yet/123");
        proof["late"]!.GetValue<bool>().ShouldBeFalse();
        proof["decisionDate"]!.ToString().ShouldBe("2027-02-01T08:00:00.0000000+07:00");
        var open = await host.OpenAsync(id);
        open.Assignee.ShouldBe("audience:agency");
        open.DueAt.ShouldBe(Local(2, 24));
    }

    [Theory]
    [InlineData(7, 12, false, 0)] // Sunday, the day before the last day
    [InlineData(8, 23, false, 0)] // Monday 8 February 23:00, the last day
    [InlineData(9, 9, true, 1)] // Tuesday, the day after
    public async Task The_limit_is_kept_up_to_24h_of_its_last_day_and_a_day_later_is_one_working_day_late(int day, int hour, bool late, int workingDays)
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-edge", Disclosure(), Outcomes, Variables), "disclose-edge");

        host.Clock.SetUtcNow(Local(2, day, hour));
        (await PostAsync(host, id)).Succeeded.ShouldBeTrue();

        var proof = await PostedAsync(host, id);
        (proof["late"]!.GetValue<bool>(), proof["workingDaysLate"]!.GetValue<int>()).ShouldBe((late, workingDays));
        var lateEntry = (await host.JournalAsync(id)).SingleOrDefault(j => j.Event == "DisclosureLate");
        (lateEntry is not null).ShouldBe(late);
        if (lateEntry is not null)
        {
            JsonNode.Parse(lateEntry.Data!)!["workingDaysLate"]!.GetValue<int>().ShouldBe(workingDays);
        }
    }

    [Theory]
    [InlineData(6, 10, 0)] // Saturday after a limit that ended on Friday: late by days off only
    [InlineData(8, 9, 1)] // Monday: one working day
    [InlineData(9, 9, 2)]
    public async Task Lateness_counts_working_days_so_a_weekend_is_not_counted(int day, int hour, int workingDays)
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-weekend", Disclosure(""", "decisionDate": "2027-01-29" """), Outcomes, Variables), "disclose-weekend");
        (await host.TaskAsync(id, "post")).DueAt.ShouldBe(Local(2, 6)); // 5 working days after Friday 29 January: Friday 5 February

        host.Clock.SetUtcNow(Local(2, day, hour));
        (await PostAsync(host, id)).Succeeded.ShouldBeTrue();

        var proof = await PostedAsync(host, id);
        (proof["late"]!.GetValue<bool>(), proof["workingDaysLate"]!.GetValue<int>()).ShouldBe((true, workingDays));
    }

    [Theory]
    [InlineData("2027-02-01", 16, 12, 9, false, 0)] // issued before Tết: Tết days do not count, the limit ends on Monday 15 February
    [InlineData("2027-02-01", 16, 16, 9, true, 1)]
    [InlineData("2027-01-28", 5, 12, 9, true, 1)] // limit ended Thursday 4 February; Friday 12 is the first working day after Tết
    public async Task Across_Tet_the_limit_and_the_lateness_count_only_working_days(string issued, int dueDay, int postDay, int hour, bool late, int workingDays)
    {
        await using var host = await TestHost.CreateAsync(services: s => s.AddSingleton<IWorkingCalendar>(VietnamCalendar.Create(null)));
        var id = await host.RunAsync(Flow("disclose-tet", Disclosure($$""", "decisionDate": "{{issued}}" """), Outcomes, Variables), "disclose-tet");
        (await host.TaskAsync(id, "post")).DueAt.ShouldBe(Local(2, dueDay));

        host.Clock.SetUtcNow(Local(2, postDay, hour));
        (await PostAsync(host, id)).Succeeded.ShouldBeTrue();

        var proof = await PostedAsync(host, id);
        (proof["late"]!.GetValue<bool>(), proof["workingDaysLate"]!.GetValue<int>()).ShouldBe((late, workingDays));
    }

    [Fact]
    public async Task A_posting_at_0630_Vietnam_time_is_that_day_in_Vietnam_for_the_limit_and_the_period()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-dawn", Disclosure(), Outcomes, Variables), "disclose-dawn");

        // 06:30 on Tuesday 9 February in Hanoi is 23:30 UTC on Monday 8, the last day of the limit in UTC.
        var dawn = Local(2, 9, 6, 30);
        dawn.UtcDateTime.Day.ShouldBe(8);
        host.Clock.SetUtcNow(dawn);
        (await PostAsync(host, id)).Succeeded.ShouldBeTrue();

        var proof = await PostedAsync(host, id);
        proof["postedAt"]!.ToString().ShouldBe("2027-02-09T06:30:00.0000000+07:00");
        (proof["late"]!.GetValue<bool>(), proof["workingDaysLate"]!.GetValue<int>()).ShouldBe((true, 1));
        proof["period"]!["lastDay"]!.ToString().ShouldBe("2027-03-01");
        (await host.OpenAsync(id)).DueAt.ShouldBe(Local(3, 2));
    }

    [Fact]
    public async Task A_posting_recorded_later_keeps_the_time_it_was_posted_in_Vietnam()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-recorded", Disclosure(), Outcomes, Variables), "disclose-recorded");

        host.Clock.SetUtcNow(Local(2, 9, 10));
        (await PostAsync(host, id, data: new JsonObject { ["postedAt"] = "2027-02-08T06:30:00" })).Succeeded.ShouldBeTrue();

        var proof = await PostedAsync(host, id);
        proof["postedAt"]!.ToString().ShouldBe("2027-02-08T06:30:00.0000000+07:00");
        proof["late"]!.GetValue<bool>().ShouldBeFalse();
        (await host.OpenAsync(id)).DueAt.ShouldBe(Local(3, 1));
    }

    [Fact]
    public async Task The_period_runs_from_the_actual_posting_not_from_the_decision()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-period", Disclosure(), Outcomes, Variables), "disclose-period");
        host.Clock.SetUtcNow(Local(2, 5, 9));
        (await PostAsync(host, id)).Succeeded.ShouldBeTrue();

        // From the decision the 20 days would end on 21 February; from the posting on Friday 5 they end on the 25th.
        (await host.AtAsync(Local(2, 22))).ShouldBe(0);
        host.Clock.SetUtcNow(Local(2, 25, 23, 30));
        (await host.SubmitAsync(id, "object", "staff-an", "Còn trong thời gian niêm yết")).Succeeded.ShouldBeTrue();
        (await host.AtAsync(Local(2, 26))).ShouldBe(1);
        var takeDown = await host.TaskAsync(id, "take-down");
        takeDown.Assignee.ShouldBe("role:hr");
        (await host.SubmitAsync(id, "object", "staff-binh", "Đã hết thời gian")).Status.ShouldBe(RunStatus.Rejected);
    }

    [Fact]
    public async Task A_posting_without_proof_on_an_unknown_channel_or_in_the_future_is_refused_and_changes_nothing()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-bad-post", Disclosure(), Outcomes, Variables), "disclose-bad-post");
        var post = await host.TaskAsync(id, "post");
        var before = DatabaseDump.Of(host.DatabasePath);

        async Task<string?> Refusal(JsonObject data, string outcome = "Posted") =>
            (await host.Engine.ResumeAsync(post.Id, new ResumeInput("hr-lan", outcome, Data: data), id)).Refusal?.Code.Value;

        (await Refusal([])).ShouldBe("disclosure.proof");
        (await Refusal(new JsonObject { ["attachments"] = new JsonArray() })).ShouldBe("disclosure.proof");
        (await Refusal(new JsonObject { ["attachments"] = new JsonArray("a.jpg"), ["channels"] = new JsonArray("fax") })).ShouldBe("disclosure.channels");
        (await Refusal(new JsonObject { ["attachments"] = new JsonArray("a.jpg"), ["channels"] = "notice-board" })).ShouldBe("disclosure.channels");
        (await Refusal(new JsonObject { ["attachments"] = new JsonArray("a.jpg"), ["postedAt"] = "2027-02-02T08:00:00" })).ShouldBe("disclosure.posted-at");
        (await Refusal(new JsonObject { ["attachments"] = new JsonArray("a.jpg"), ["postedAt"] = "hôm qua" })).ShouldBe("disclosure.posted-at");
        (await Refusal(new JsonObject { ["attachments"] = new JsonArray("a.jpg"), ["postedAt"] = "2020-01-01T08:00:00" })).ShouldBe("disclosure.posted-at");
        (await Refusal(new JsonObject { ["attachments"] = new JsonArray("a.jpg") }, "Approve")).ShouldBe("task.outcome");
        (await host.SubmitAsync(id, "object", "staff-an", "Chưa niêm yết")).Refusal!.Code.Value.ShouldBe("action.unknown");
        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);
    }

    [Theory]
    [InlineData("2027-02-01T06:30:00", "2027-02-01T06:30:00.0000000+07:00", "2027-02-21")] // 23:30 UTC the day before
    [InlineData("2027-02-01T20:00:00", "2027-02-01T20:00:00.0000000+07:00", "2027-02-21")] // as UTC it would be 2 February
    [InlineData("2027-02-01", "2027-02-01T00:00:00.0000000+07:00", "2027-02-21")]
    public async Task A_posting_the_definition_records_needs_no_poster_and_its_time_without_an_offset_is_Vietnam_time(string postedAt, string journalled, string lastDay)
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-local", Disclosure($$""", "postedAt": "{{postedAt}}", "decisionDate": "{{postedAt}}" """), Outcomes, Variables), "disclose-local");

        var proof = await PostedAsync(host, id);
        (proof["postedAt"]!.ToString(), proof["decisionDate"]!.ToString(), proof["period"]!["lastDay"]!.ToString()).ShouldBe((journalled, journalled, lastDay));
        (await host.OpenAsync(id)).Assignee.ShouldBe("audience:agency");
        (await host.EventsAsync(id)).ShouldNotContain("DisclosurePostingDue");
    }

    [Fact]
    public async Task An_unknown_channel_or_an_escalation_that_completes_is_refused_when_the_definition_is_published()
    {
        await using var host = await TestHost.CreateAsync();
        await Should.ThrowAsync<DefinitionRejectedException>(
            () => host.PublishAsync(Flow("disclose-fax", Disclosure(""", "channels": ["fax"]"""), Outcomes, Variables)));
        await Should.ThrowAsync<DefinitionRejectedException>(() => host.PublishAsync(Flow("disclose-complete",
            Disclosure(""", "escalation": { "after": { "workingDays": 1 }, "action": "complete" }"""), Outcomes, Variables)));
    }
}
