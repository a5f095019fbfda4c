using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Tests.Durability;
using DienHong.Engine.Validation;
using DienHong.Workflows.Activities.Notifications;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;
using static DienHong.Workflows.Tests.Governance.DisclosureTests;
using static DienHong.Workflows.Tests.Governance.GovernanceHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// Objections to a disclosure (Law 10/2022 Art. 48): a reply task per objection with its deadline, reminders and
/// escalation; the objector told of the answer; the take-down at the end; and three outcomes the definition routes.
/// The poster posts on Monday 1 February 2027 at 08:00 in Hanoi, so the 20 days end at 24:00 on 21 February.
/// </summary>
public sealed class DisclosureObjectionTests
{
    private static async Task<string> PostedAsync(TestHost host, string key, string extra = "")
    {
        var id = await host.RunAsync(Flow(key, Disclosure(extra), DisclosureTests.Outcomes, Variables), key);
        (await PostAsync(host, id)).Succeeded.ShouldBeTrue();
        return id;
    }

    private static async Task<RunResult> AnswerAsync(TestHost host, string id, string outcome, string actor, string? text)
    {
        var reply = await host.TaskAsync(id, "reply");
        return await host.Engine.ResumeAsync(reply.Id, new ResumeInput(actor, outcome, text), id);
    }

    private static async Task<RunResult> TakeDownAsync(TestHost host, string id) =>
        await host.Engine.ResumeAsync((await host.TaskAsync(id, "take-down")).Id, new ResumeInput("hr-lan", "TakenDown", Data: new JsonObject { ["attachments"] = new JsonArray("go-xuong.jpg") }), id);

    [Fact]
    public async Task Without_objections_the_poster_takes_it_down_at_the_end_and_it_completes_NoObjection()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await PostedAsync(host, "disclose-clean");

        (await host.AtAsync(Local(2, 21, 23, 59))).ShouldBe(0);
        (await host.AtAsync(Local(2, 22))).ShouldBe(1);
        var takeDown = await host.TaskAsync(id, "take-down");
        (takeDown.Assignee, takeDown.DueAt).ShouldBe(("role:hr", Local(2, 23)));
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Suspended);

        host.Clock.SetUtcNow(Local(2, 22, 8, 30));
        (await TakeDownAsync(host, id)).Succeeded.ShouldBeTrue();
        var instance = await host.InstanceAsync(id);
        (instance.Status, instance.Outcome).ShouldBe((InstanceStatus.Completed, "NoObjection"));
        var result = JsonNode.Parse(instance.Variables)!["posting"]!;
        result["closedAt"]!.ToString().ShouldBe("2027-02-22T00:00:00.0000000+07:00");
        result["takenDownAt"]!.ToString().ShouldBe("2027-02-22T08:30:00.0000000+07:00");
        (await host.EventsAsync(id)).ShouldBe(
            ["DisclosurePostingDue", "TaskCreated", "DisclosurePosted", "OpinionBoxOpened", "TaskCreated", "DisclosureTakenDown", "DisclosureClosed", "NodeCompleted"]);
    }

    [Fact]
    public async Task Each_objection_gets_a_reply_task_with_its_deadline_a_reminder_and_an_escalation()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await PostedAsync(host, "disclose-reply", """
            , "reminders": [{ "before": { "workingDays": 1 } }], "escalation": { "after": { "workingDays": 2 }, "action": "reassign", "to": { "role": "head" } }
            """);

        host.Clock.SetUtcNow(Local(2, 3, 10));
        (await host.SubmitAsync(id, "object", "staff-an", "Chưa đủ thời gian giữ bậc")).Succeeded.ShouldBeTrue();
        var reply = await host.TaskAsync(id, "reply");
        (reply.Assignee, reply.DueAt, reply.WakeAt).ShouldBe(("role:union-chair", Local(2, 11), Local(2, 9, 8)));
        JsonNode.Parse(reply.Payload!)!["text"]!.ToString().ShouldBe("Chưa đủ thời gian giữ bậc");
        (await host.Store.LoadAsync(id))!.Bookmarks.Select(b => b.Assignee).ShouldBe(["audience:agency", "role:union-chair"], ignoreOrder: true);

        (await host.AtAsync(Local(2, 9, 8))).ShouldBe(1);
        (await host.JournalAsync(id)).Count(j => j.Event == "ReminderSent").ShouldBe(1);
        (await host.AtAsync(Local(2, 13))).ShouldBe(1);
        (await host.TaskAsync(id, "reply")).Assignee.ShouldBe("role:head");
        JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "TaskEscalated").Data!)!["to"]!.ToString().ShouldBe("role:head");

        host.Clock.SetUtcNow(Local(2, 15, 9));
        (await AnswerAsync(host, id, "Dismissed", "head-hung", "Đã đủ 36 tháng giữ bậc")).Succeeded.ShouldBeTrue();
        var answered = JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "ObjectionAnswered").Data!)!;
        (answered["outcome"]!.ToString(), answered["onTime"]!.GetValue<bool>()).ShouldBe(("Dismissed", false));

        await host.AtAsync(Local(2, 22));
        (await TakeDownAsync(host, id)).Succeeded.ShouldBeTrue();
        (await host.InstanceAsync(id)).Outcome.ShouldBe("ObjectionsDismissed");
    }

    [Fact]
    public async Task An_upheld_objection_is_routed_as_such_and_the_objector_is_told_in_the_app_and_by_email()
    {
        await using var smtp = await NotifySmtpServer.StartAsync();
        await using var host = await TestHost.CreateAsync();
        var id = await PostedAsync(host, "disclose-upheld");
        host.Clock.SetUtcNow(Local(2, 21, 23, 30));
        (await host.SubmitAsync(id, "object", "staff-an", "Đồng chí E0307 bị nhắc nhở năm 2025")).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "object", "staff-binh", "Sai ngày hưởng")).Succeeded.ShouldBeTrue();

        // The period ends with both replies open: the take-down does not complete the node while they are.
        await host.AtAsync(Local(2, 22));
        (await TakeDownAsync(host, id)).Succeeded.ShouldBeTrue();
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Suspended);
        var replies = (await host.Store.LoadAsync(id))!.Bookmarks.Where(b => b.NodeId == "gov").ToList();
        replies.Count.ShouldBe(2);
        await host.Engine.ResumeAsync(replies[0].Id, new ResumeInput("union-chair", "Dismissed", "Nhắc nhở không phải kỷ luật"), id);
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Suspended);
        (await host.Engine.ResumeAsync(replies[1].Id, new ResumeInput("union-chair", "Upheld", "Điều chỉnh ngày hưởng"), id)).Succeeded.ShouldBeTrue();
        var instance = await host.InstanceAsync(id);
        (instance.Status, instance.Outcome).ShouldBe((InstanceStatus.Completed, "ObjectionUpheld"));
        var result = JsonNode.Parse(instance.Variables)!["posting"]!;
        (result["objections"]!.GetValue<int>(), result["upheld"]!.GetValue<int>(), result["dismissed"]!.GetValue<int>()).ShouldBe((2, 1, 1));

        var inbox = new InMemoryInAppInbox();
        var options = smtp.Options;
        var directory = new MapRecipientDirectory(new Dictionary<string, IReadOnlyList<string>> { ["user:staff-binh"] = ["binh@example.vn"], ["user:staff-an"] = ["an@example.vn"] });
        var report = await new NotificationDispatcher(new JournalOutbox(host.Get<IJournalReader>()), new InMemoryNotificationCursor(), inbox, directory, options).DispatchAsync();

        (report.Notifications, report.Emails).ShouldBe((2, 2));
        var toBinh = smtp.Messages.Single(m => m.To.Mailboxes.Single().Address == "binh@example.vn");
        toBinh.Subject.ShouldBe("Trả lời phản ánh của đồng chí: Quyết định nâng bậc lương");
        toBinh.TextBody!.ShouldContain("Sai ngày hưởng");
        toBinh.TextBody!.ShouldContain("được chấp nhận");
        toBinh.TextBody!.ShouldContain("Điều chỉnh ngày hưởng");
        (await inbox.MessagesAsync("user:staff-an")).ShouldHaveSingleItem().Subject.ShouldBe("Trả lời phản ánh của đồng chí: Quyết định nâng bậc lương");
    }

    [Fact]
    public async Task An_anonymous_objection_is_answered_but_nobody_is_notified_and_its_sender_leaves_no_trace()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await PostedAsync(host, "disclose-anon");
        host.Clock.SetUtcNow(Local(2, 10, 10));
        (await host.SubmitAsync(id, "object", "secret-person-4711", "Quy trình chưa đúng", anonymous: true)).Succeeded.ShouldBeTrue();
        (await AnswerAsync(host, id, "Dismissed", "union-chair", "Quy trình đúng Điều 47")).Succeeded.ShouldBeTrue();

        var journal = await host.JournalAsync(id);
        journal.Single(j => j.Event == "ObjectionReceived").Actor.ShouldBeNull();
        JsonNode.Parse(journal.Single(j => j.Event == "ObjectionAnswered").Data!)!["notified"]!.GetValue<bool>().ShouldBeFalse();
        journal.ShouldNotContain(j => j.Event == "NotificationQueued");
        await host.AtAsync(Local(2, 22));
        (await TakeDownAsync(host, id)).Succeeded.ShouldBeTrue();
        (await host.InstanceAsync(id)).Outcome.ShouldBe("ObjectionsDismissed");
        DatabaseDump.Of(host.DatabasePath).ShouldNotContain("secret-person-4711");
    }

    [Fact]
    public async Task A_reply_without_text_a_late_objection_and_a_wrong_take_down_are_refused_and_change_nothing()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await PostedAsync(host, "disclose-refusals");
        host.Clock.SetUtcNow(Local(2, 21, 8));
        (await host.SubmitAsync(id, "object", "staff-an", "Đúng hạn")).Succeeded.ShouldBeTrue();
        var before = DatabaseDump.Of(host.DatabasePath);

        (await AnswerAsync(host, id, "Upheld", "union-chair", " ")).Refusal!.Code.Value.ShouldBe("objection.reply-text");
        (await AnswerAsync(host, id, "Reviewed", "union-chair", "x")).Refusal!.Code.Value.ShouldBe("task.outcome");
        host.Clock.SetUtcNow(Local(2, 22));
        (await host.SubmitAsync(id, "object", "staff-binh", "Quá hạn")).Refusal!.Code.Value.ShouldBe("disclosure.closed");
        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);

        await host.AtAsync(Local(2, 22));
        var takeDown = await host.TaskAsync(id, "take-down");
        (await host.Engine.ResumeAsync(takeDown.Id, new ResumeInput("hr-lan", "Posted"), id)).Refusal!.Code.Value.ShouldBe("task.outcome");
    }

    [Fact]
    public async Task Objections_only_recorded_open_no_reply_and_end_HasObjections()
    {
        await using var host = await TestHost.CreateAsync();
        var key = "disclose-recorded-only";
        var id = await host.RunAsync(Flow(key, Disclosure(""", "unionReview": false"""), ["NoObjection", "HasObjections"], Variables), key);
        (await PostAsync(host, id)).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "object", "staff-an", "Ghi nhận")).Succeeded.ShouldBeTrue();
        (await host.Store.LoadAsync(id))!.Bookmarks.Count(b => b.NodeId == "gov").ShouldBe(1);

        await host.AtAsync(Local(2, 22));
        (await TakeDownAsync(host, id)).Succeeded.ShouldBeTrue();
        (await host.InstanceAsync(id)).Outcome.ShouldBe("HasObjections");
    }

    [Fact]
    public async Task A_definition_published_before_replies_that_routes_HasObjections_keeps_running()
    {
        await using var host = await TestHost.CreateAsync();
        // Stored as published before objections were answered: today's validator would want the two new outcomes routed.
        var key = "disclose-legacy";
        var json = Flow(key, Disclosure(), ["NoObjection", "HasObjections"], Variables);
        host.Get<DefinitionValidator>().Validate(key + ".workflow.json", json).IsValid.ShouldBeFalse();
        await host.Get<IDefinitionStore>().AddAsync(new NewDefinition(Ids.New(), key, 1, DefinitionStatus.Published, key, json, host.Clock.GetUtcNow(), "test"));
        var started = await host.StartAsync(key);
        started.Succeeded.ShouldBeTrue(started.Message);
        var id = started.InstanceId!;
        (await PostAsync(host, id)).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "object", "staff-an", "Phản ánh")).Succeeded.ShouldBeTrue();
        (await AnswerAsync(host, id, "Upheld", "union-chair", "Đồng ý")).Succeeded.ShouldBeTrue();

        await host.AtAsync(Local(2, 22));
        (await TakeDownAsync(host, id)).Succeeded.ShouldBeTrue();
        (await host.InstanceAsync(id)).Outcome.ShouldBe("HasObjections");
    }
}
