using System.Text.Json.Nodes;
using DienHong.Engine.Catalog;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Tests.Durability;
using DienHong.Persistence;
using Shouldly;
using Xunit;
using static DienHong.Workflows.Tests.Governance.GovernanceHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// Disclosure (Law 10/2022 Art. 46-48) on the Mon-Fri calendar. Every instance starts Monday 1 February 2027 08:00
/// in Hanoi, which is when the node posts: the 20 consecutive days are 2-21 February and end at 24:00 on the 21st.
/// </summary>
public sealed class DisclosureTests
{
    private const string Variables = """[ { "name": "posting", "type": "object" } ]""";
    private static readonly string[] Outcomes = ["NoObjection", "HasObjections"];

    private static string Disclosure(string extra = "") =>
        $$"""{ "id": "gov", "type": "Disclosure", "document": "Quyết định nâng bậc lương", "category": "DC-06", "resultVariable": "posting"{{extra}} }""";

    [Fact]
    public async Task Without_objections_it_closes_with_NoObjection_at_the_end_of_the_20th_day()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-clean", Disclosure(), Outcomes, Variables), "disclose-clean");

        var open = await host.OpenAsync(id);
        open.Kind.ShouldBe(DienHong.Engine.Storage.BookmarkKind.Task);
        open.Key.ShouldBe("gov");
        open.Assignee.ShouldBe("audience:agency");
        open.WakeAt.ShouldBe(Local(2, 22));
        open.DueAt.ShouldBe(Local(2, 22));

        var posted = (await host.JournalAsync(id)).Single(j => j.Event == "DisclosurePosted");
        posted.Actor.ShouldBe("tester");
        var proof = JsonNode.Parse(posted.Data!)!;
        proof["channels"]!.AsArray().Select(c => c!.ToString()).ShouldBe(["notice-board", "intranet"]);
        proof["period"]!["lastDay"]!.ToString().ShouldBe("2027-02-21");
        proof["category"]!.ToString().ShouldBe("DC-06");
        proof["late"]!.GetValue<bool>().ShouldBeFalse();

        (await host.AtAsync(Local(2, 21, 23, 59))).ShouldBe(0);
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Suspended);

        (await host.AtAsync(Local(2, 22))).ShouldBe(1);
        var instance = await host.InstanceAsync(id);
        instance.Status.ShouldBe(InstanceStatus.Completed);
        instance.Outcome.ShouldBe("NoObjection");
        var result = JsonNode.Parse(instance.Variables)!["posting"]!;
        result["objections"]!.GetValue<int>().ShouldBe(0);
        result["closedAt"]!.ToString().ShouldBe(Local(2, 22).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        (await host.EventsAsync(id)).ShouldBe(["DisclosurePosted", "OpinionBoxOpened", "DisclosureClosed", "NodeCompleted"]);
    }

    [Fact]
    public async Task An_objection_on_the_last_day_counts_and_the_union_reviews_it_before_HasObjections()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-objected", Disclosure(), Outcomes, Variables), "disclose-objected");
        var open = await host.OpenAsync(id);

        host.Clock.SetUtcNow(Local(2, 21, 23, 30));
        (await host.SubmitAsync(id, "object", "staff-an", "Chưa đủ thời gian giữ bậc")).Succeeded.ShouldBeTrue();
        (await host.OpenAsync(id)).Id.ShouldBe(open.Id);

        (await host.AtAsync(Local(2, 22))).ShouldBe(1);
        var review = await host.OpenAsync(id);
        review.Assignee.ShouldBe("role:union-chair");
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Suspended);
        JsonNode.Parse((await host.InstanceAsync(id)).Variables)!["posting"]!["objections"]!.GetValue<int>().ShouldBe(1);

        var completed = await host.CompleteAsync(id, "gov", "Reviewed", "union-chair", "Đã xem xét, giữ nguyên");
        completed.Succeeded.ShouldBeTrue(completed.Message);
        var instance = await host.InstanceAsync(id);
        instance.Status.ShouldBe(InstanceStatus.Completed);
        instance.Outcome.ShouldBe("HasObjections");
        (await host.EventsAsync(id)).ShouldBe(
            ["DisclosurePosted", "OpinionBoxOpened", "ObjectionReceived", "DisclosureClosed", "UnionReviewCreated", "UnionReviewCompleted"]);
        (await host.JournalAsync(id)).Single(j => j.Event == "ObjectionReceived").Actor.ShouldBe("staff-an");
    }

    [Theory]
    [InlineData("2027-01-21T08:00:00+07:00", true)] // 7 working days before the posting
    [InlineData("2027-01-25T08:00:00+07:00", false)] // 5 working days: the window ends at 24:00 on Monday 1 February
    public async Task A_posting_after_the_start_window_is_journalled_as_DisclosureLate_but_goes_on(string decisionDate, bool late)
    {
        await using var host = await TestHost.CreateAsync();
        var key = late ? "disclose-late" : "disclose-on-time";
        var id = await host.RunAsync(Flow(key, Disclosure($$""", "decisionDate": "{{decisionDate}}" """), Outcomes, Variables), key);

        var journal = await host.JournalAsync(id);
        journal.Any(j => j.Event == "DisclosureLate").ShouldBe(late);
        (await host.OpenAsync(id)).Assignee.ShouldBe("audience:agency");
        await host.AtAsync(Local(2, 22));
        var instance = await host.InstanceAsync(id);
        instance.Outcome.ShouldBe("NoObjection");
        JsonNode.Parse(instance.Variables)!["posting"]!["late"]!.GetValue<bool>().ShouldBe(late);
    }

    [Theory]
    [InlineData("2027-02-01T06:30:00", "2027-02-01T06:30:00.0000000+07:00", "2027-02-21")] // 23:30 UTC the day before
    [InlineData("2027-02-01T00:00:00", "2027-02-01T00:00:00.0000000+07:00", "2027-02-21")]
    [InlineData("2027-02-01T20:00:00", "2027-02-01T20:00:00.0000000+07:00", "2027-02-21")] // as UTC it would be 2 February
    [InlineData("2027-02-01", "2027-02-01T00:00:00.0000000+07:00", "2027-02-21")]
    public async Task A_posting_time_without_an_offset_is_Vietnam_time(string postedAt, string journalled, string lastDay)
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-local", Disclosure($$""", "postedAt": "{{postedAt}}", "decisionDate": "{{postedAt}}" """), Outcomes, Variables), "disclose-local");

        var proof = JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "DisclosurePosted").Data!)!;
        (proof["postedAt"]!.ToString(), proof["decisionDate"]!.ToString(), proof["period"]!["lastDay"]!.ToString()).ShouldBe((journalled, journalled, lastDay));
    }

    [Fact]
    public async Task Opinions_keep_the_window_open_and_are_not_objections()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-opinions", Disclosure(), Outcomes, Variables), "disclose-opinions");
        var open = await host.OpenAsync(id);

        host.Clock.SetUtcNow(Local(2, 3, 9));
        (await host.SubmitAsync(id, "opine", "staff-an", "Đồng ý")).InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        (await host.SubmitAsync(id, "opine", "staff-binh", "Nhất trí")).InstanceStatus.ShouldBe(InstanceStatus.Suspended);

        var still = await host.OpenAsync(id);
        still.Id.ShouldBe(open.Id);
        still.WakeAt.ShouldBe(open.WakeAt);
        await host.AtAsync(Local(2, 22));
        var instance = await host.InstanceAsync(id);
        instance.Outcome.ShouldBe("NoObjection");
        var result = JsonNode.Parse(instance.Variables)!["posting"]!;
        result["opinions"]!.GetValue<int>().ShouldBe(2);
        result["objections"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task An_anonymous_objection_leaves_no_trace_of_its_sender()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-anon", Disclosure(""", "unionReview": false"""), Outcomes, Variables), "disclose-anon");

        host.Clock.SetUtcNow(Local(2, 10, 10));
        (await host.SubmitAsync(id, "object", "secret-person-4711", "Quy trình chưa đúng", anonymous: true)).Succeeded.ShouldBeTrue();

        Readable((await host.InstanceAsync(id)).State).ShouldContain("Quy trình chưa đúng");
        DatabaseDump.Of(host.DatabasePath).ShouldNotContain("secret-person-4711");
        (await host.JournalAsync(id)).Single(j => j.Event == "ObjectionReceived").Actor.ShouldBeNull();

        await host.AtAsync(Local(2, 22));
        (await host.InstanceAsync(id)).Outcome.ShouldBe("HasObjections");
        DatabaseDump.Of(host.DatabasePath).ShouldNotContain("secret-person-4711");
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task Rejected_actions_change_nothing()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("disclose-reject", Disclosure(), Outcomes, Variables), "disclose-reject");
        var before = DatabaseDump.Of(host.DatabasePath);
        var open = await host.OpenAsync(id);

        (await host.SubmitAsync(id, "vote", "staff-an", "yes")).Status.ShouldBe(RunStatus.Rejected);
        (await host.SubmitAsync(id, "object", "staff-an", " ")).Status.ShouldBe(RunStatus.Rejected);
        (await host.Engine.ResumeAsync(open.Id, new ResumeInput("head", "Done"), id)).Status.ShouldBe(RunStatus.Rejected);
        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);

        host.Clock.SetUtcNow(Local(2, 21, 8));
        (await host.SubmitAsync(id, "object", "staff-an", "Đúng hạn")).Succeeded.ShouldBeTrue();

        // At 24:00 of the last day the posting has ended, even before its wake-up has run.
        host.Clock.SetUtcNow(Local(2, 22));
        var closing = DatabaseDump.Of(host.DatabasePath);
        (await host.SubmitAsync(id, "object", "staff-binh", "Quá hạn")).Status.ShouldBe(RunStatus.Rejected);
        DatabaseDump.Of(host.DatabasePath).ShouldBe(closing);
        await host.AtAsync(Local(2, 22));
        (await host.SubmitAsync(id, "object", "staff-binh", "Sau khi đóng")).Status.ShouldBe(RunStatus.Rejected);
        (await host.CompleteAsync(id, "gov", "Approve", "union-chair")).Status.ShouldBe(RunStatus.Rejected);
    }

    [Fact]
    public async Task An_unknown_channel_is_refused_when_the_definition_is_published()
    {
        await using var host = await TestHost.CreateAsync();
        await Should.ThrowAsync<DefinitionRejectedException>(
            () => host.PublishAsync(Flow("disclose-fax", Disclosure(""", "channels": ["fax"]"""), Outcomes, Variables)));
    }
}
