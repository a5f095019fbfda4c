using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Workflows.Tests.Governance.GovernanceHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// What each governance task offers (outcomes and actions, in its payload) and how a resume outside it is refused:
/// by the engine with its codes before the activity runs, or by the activity with its own, never as free text.
/// </summary>
public sealed class OfferTests
{
    [Fact]
    public async Task A_disclosure_offers_the_posting_then_objections_with_a_reply_each_then_the_take_down()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("offer-disclosure", """{ "id": "gov", "type": "Disclosure" }""", DisclosureTests.Outcomes), "offer-disclosure");
        Offer(await host.OpenAsync(id)).ShouldBe("outcomes: Posted; actions: ");
        (await ResumeAsync(host, id, new ResumeInput("an", Action: "object", Data: new JsonObject { ["text"] = "sớm" }))).ShouldBe("action.unknown");
        (await DisclosureTests.PostAsync(host, id)).Succeeded.ShouldBeTrue();
        Offer(await host.OpenAsync(id)).ShouldBe("outcomes: ; actions: object, opine");

        (await ResumeAsync(host, id, new ResumeInput("an", "Reviewed"))).ShouldBe("action.required");
        (await ResumeAsync(host, id, new ResumeInput("an", Action: "vote"))).ShouldBe("action.unknown");
        (await ResumeAsync(host, id, new ResumeInput("an", Action: "object", Data: new JsonObject { ["text"] = "x", ["anonymous"] = "yes" }))).ShouldBe("action.data");
        (await ResumeAsync(host, id, new ResumeInput("an", Action: "object", Data: new JsonObject { ["anonymous"] = true }))).ShouldBe("submission.no-text");
        (await host.SubmitAsync(id, "object", "an", "Chưa đúng")).Succeeded.ShouldBeTrue();
        Offer(await host.TaskAsync(id, "reply")).ShouldBe("outcomes: Upheld, Dismissed; actions: ");

        await host.AtAsync(Local(2, 22));
        Offer(await host.TaskAsync(id, "take-down")).ShouldBe("outcomes: TakenDown; actions: ");
        (await host.EventsAsync(id)).ShouldBe(
            ["DisclosurePostingDue", "TaskCreated", "DisclosurePosted", "OpinionBoxOpened", "ObjectionReceived", "ObjectionReplyDue", "TaskCreated"]);
    }

    [Fact]
    public async Task A_consultation_offers_opinions_from_named_people_then_the_response()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(Flow("offer-consult", """{ "id": "gov", "type": "Consultation", "content": "Kế hoạch" }""", ["Responded"]), "offer-consult");
        Offer(await host.OpenAsync(id)).ShouldBe("outcomes: ; actions: opine");

        (await ResumeAsync(host, id, new ResumeInput(null, Action: "opine", Data: new JsonObject { ["text"] = "x" }))).ShouldBe("actor.required");
        (await ResumeAsync(host, id, new ResumeInput("an", Action: "opine", Data: new JsonObject { ["text"] = "x", ["anonymous"] = true }))).ShouldBe("consultation.no-anonymous");

        await host.AtAsync(Local(2, 16));
        Offer(await host.OpenAsync(id)).ShouldBe("outcomes: Responded; actions: ");
        (await ResumeAsync(host, id, new ResumeInput("head", "Responded"))).ShouldBe("consultation.response-text");
        (await host.CompleteAsync(id, "gov", "Responded", "head", "Tiếp thu")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task A_ballot_offers_votes_and_closing_and_refuses_bad_ballots_by_code()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteHost.VoteFlow("offer-vote", """ "electorate": ["u1", "u2", "u3"] """), "offer-vote");
        Offer(await host.OpenAsync(id)).ShouldBe("outcomes: ; actions: vote, close");

        (await ResumeAsync(host, id, new ResumeInput("u1", Action: "vote"))).ShouldBe("action.data");
        (await ResumeAsync(host, id, new ResumeInput(null, Action: "vote", Data: new JsonObject { ["choice"] = "yes" }))).ShouldBe("actor.required");
        (await ResumeAsync(host, id, new ResumeInput("u1", Action: "vote", Data: new JsonObject { ["choice"] = "maybe" }))).ShouldBe("vote.choice");
        (await ResumeAsync(host, id, new ResumeInput("u9", Action: "vote", Data: new JsonObject { ["choice"] = "yes" }))).ShouldBe("vote.not-member");
        (await host.VoteAsync(id, "u1", "yes")).Succeeded.ShouldBeTrue();
        (await ResumeAsync(host, id, new ResumeInput("u1", Action: "vote", Data: new JsonObject { ["choice"] = "no" }))).ShouldBe("vote.already-voted");
    }

    [Fact]
    public async Task A_task_and_a_review_offer_their_outcomes_and_the_task_its_actions()
    {
        await using var host = await TestHost.CreateAsync();
        var json = Workflow("offer-task",
            string.Join(",", Node("start", "Start"), Task("gov", "\"Approve\", \"Reject\""),
                """{ "id": "review", "type": "ParallelReview", "reviewers": [ { "user": "a" }, { "user": "b" } ] }""", Node("end", "End")),
            string.Join(",", Edge("start", "gov"), Edge("gov", "review", "Approve"), Edge("gov", "end", "Reject"), Edge("review", "end", "Approved"), Edge("review", "end", "Rejected")));
        var id = await host.RunAsync(json, "offer-task");
        Offer(await host.OpenAsync(id)).ShouldBe("outcomes: Approve, Reject; actions: claim, delegate, reassign");

        (await ResumeAsync(host, id, new ResumeInput("an", "Maybe"))).ShouldBe("task.outcome");
        (await ResumeAsync(host, id, new ResumeInput("an", Action: "delegate"))).ShouldBe("action.data");
        (await ResumeAsync(host, id, new ResumeInput("an", Action: "claim"))).ShouldBeNull();
        (await ResumeAsync(host, id, new ResumeInput("binh", Action: "claim"))).ShouldBe("task.claim-not-group");
        (await ResumeAsync(host, id, new ResumeInput("an", Action: "reassign", Data: new JsonObject { ["to"] = "E0142" }))).ShouldBe("task.reassign-target");
        (await host.CompleteAsync(id, "gov", "Approve")).Succeeded.ShouldBeTrue();

        var reviews = (await host.Store.LoadAsync(id))!.Bookmarks;
        reviews.Select(b => JsonNode.Parse(b.Payload!)!.ToJsonString()).ShouldBe(
        [
            """{"outcomes":["Approve","Reject"],"actions":[],"reviewer":"user:a"}""",
            """{"outcomes":["Approve","Reject"],"actions":[],"reviewer":"user:b"}""",
        ], ignoreOrder: true);
    }

    /// <summary>The outcomes and actions a task's payload offers, in words.</summary>
    private static string Offer(BookmarkRecord task)
    {
        var payload = JsonNode.Parse(task.Payload!)!;
        return $"outcomes: {string.Join(", ", payload["outcomes"]!.AsArray())}; actions: {string.Join(", ", payload["actions"]!.AsArray())}";
    }

    /// <summary>Resumes the open task of node "gov" and returns the refusal's code (null when it was accepted).</summary>
    private static async Task<string?> ResumeAsync(TestHost host, string id, ResumeInput input)
    {
        var result = await host.Engine.ResumeAsync((await host.OpenAsync(id)).Id, input, id);
        return result.Refusal?.Code.Value;
    }
}
