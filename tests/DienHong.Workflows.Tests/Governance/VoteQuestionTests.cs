using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Workflows.Tests.Governance.VoteHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// A ballot with several questions, one per nominee: the Grassroots Emulation Fighter needs at least 80% of all
/// council members for each nominee (Decree 98/2023 Art. 30.7), and each question is decided alone.
/// </summary>
public sealed class VoteQuestionTests
{
    private const string Nominees = """ "questions": [ { "id": "lan", "label": { "vi": "Nguyễn Thị Lan", "en": "Nguyen Thi Lan" } }, { "id": "minh", "label": "Trần Văn Minh" } ] """;

    private static readonly string Council = $$""" "electorate": {{Members(5)}}, "secret": true, "threshold": { "atLeast": "80%", "of": "members" }, {{Nominees}} """;

    [Theory]
    [InlineData(4, 0, new[] { "lan" }, "Passed")] // Lan 4 of 5 = exactly 80%; Minh 3 of 5 = 60%, one vote short
    [InlineData(5, 1, new[] { "lan", "minh" }, "Passed")] // Minh 4 of 5 with the fifth member's yes
    [InlineData(3, 0, new string[0], "Failed")] // Lan one vote short of 80%, Minh too: nobody goes forward
    public async Task Each_nominee_needs_80_percent_of_all_council_members(int lanYes, int minhExtra, string[] passed, string outcome)
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("fighters", Council), "fighters");
        for (var i = 1; i <= 5; i++)
        {
            var lan = i <= lanYes ? "yes" : "no";
            var minh = i <= 3 || (i == 5 && minhExtra == 1) ? "yes" : i == 4 ? "abstain" : "no";
            (await host.BallotAsync(id, $"u{i}", ("lan", lan), ("minh", minh))).Succeeded.ShouldBeTrue();
        }

        (await host.InstanceAsync(id)).Outcome.ShouldBe(outcome);
        var result = await host.ResultAsync(id);
        result["passed"]!.AsArray().Select(p => p!.ToString()).ShouldBe(passed);
        (result["cast"]!.GetValue<int>(), result["members"]!.GetValue<int>(), result["quorumMet"]!.GetValue<bool>()).ShouldBe((5, 5, true));
        var lines = result["questions"]!.AsArray();
        lines.Select(l => l!["id"]!.ToString()).ShouldBe(["lan", "minh"]);
        lines[0]!["yes"]!.GetValue<int>().ShouldBe(lanYes);
        lines[0]!["label"]!["en"]!.ToString().ShouldBe("Nguyen Thi Lan");
        lines[1]!["label"]!["vi"]!.ToString().ShouldBe("Trần Văn Minh");
        (lines[1]!["yes"]!.GetValue<int>(), lines[1]!["abstain"]!.GetValue<int>()).ShouldBe((3 + minhExtra, 1));
        result["failed"]!.AsArray().Count.ShouldBe(2 - passed.Length);
    }

    [Fact]
    public async Task Absent_members_count_against_every_nominee()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("absent", Council), "absent");
        for (var i = 1; i <= 4; i++)
        {
            await host.BallotAsync(id, $"u{i}", ("lan", "yes"), ("minh", i == 4 ? "no" : "yes"));
        }

        (await host.CloseAsync(id)).Succeeded.ShouldBeTrue();
        var result = await host.ResultAsync(id);
        result["passed"]!.AsArray().Select(p => p!.ToString()).ShouldBe(["lan"]); // 4 of 5 members; Minh 3 of 5
    }

    [Theory]
    [InlineData(4, "Passed")] // 4 of 6 is exactly 2/3
    [InlineData(3, "NoQuorum")] // 3 of 6 is not
    public async Task The_quorum_is_counted_on_the_ballots_cast(int voters, string outcome)
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("quorum", $$""" "electorate": {{Members(6)}}, "quorum": { "fraction": "2/3" }, {{Nominees}} """), "quorum");
        for (var i = 1; i <= voters; i++)
        {
            await host.BallotAsync(id, $"u{i}", ("lan", "yes"), ("minh", "abstain"));
        }

        await host.CloseAsync(id);
        (await host.InstanceAsync(id)).Outcome.ShouldBe(outcome);
        var result = await host.ResultAsync(id);
        result["quorumMet"]!.GetValue<bool>().ShouldBe(outcome != "NoQuorum");
        result["passed"]!.AsArray().Select(p => p!.ToString()).ShouldBe(outcome == "NoQuorum" ? [] : ["lan"]);
    }

    [Fact]
    public async Task Abstentions_count_as_attendees_for_each_question()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("abstain", $$""" "electorate": {{Members(4)}}, {{Nominees}} """), "abstain");
        await host.BallotAsync(id, "u1", ("lan", "yes"), ("minh", "yes"));
        await host.BallotAsync(id, "u2", ("lan", "yes"), ("minh", "yes"));
        await host.BallotAsync(id, "u3", ("lan", "yes"), ("minh", "abstain"));
        await host.BallotAsync(id, "u4", ("lan", "no"), ("minh", "abstain"));

        var result = await host.ResultAsync(id);
        result["passed"]!.AsArray().Select(p => p!.ToString()).ShouldBe(["lan"]); // Minh: 2 of 4 attendees is not more than half
    }

    [Theory]
    [InlineData("""{ "choices": { "lan": "yes" } }""", "vote.question-missing")]
    [InlineData("""{ "choices": { "lan": "yes", "minh": "no", "hoa": "yes" } }""", "vote.question-unknown")]
    [InlineData("""{ "choices": { "lan": "yes", "minh": "maybe" } }""", "vote.choice")]
    [InlineData("""{ "choice": "yes" }""", "vote.question-missing")]
    [InlineData("""{ "choices": ["yes", "no"] }""", "vote.question-missing")]
    public async Task A_ballot_must_answer_every_question_once_and_nothing_else(string data, string code)
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("refused", Council), "refused");
        var before = await host.InstanceAsync(id);
        var open = (await host.Store.LoadAsync(id))!.Bookmarks.Single();

        var refused = await host.Engine.ResumeAsync(open.Id, new ResumeInput("u1", Action: "vote", Data: JsonNode.Parse(data)!.AsObject()), id);

        refused.Status.ShouldBe(RunStatus.Rejected);
        refused.Refusal!.Code.Value.ShouldBe(code);
        var after = await host.InstanceAsync(id);
        (after.JournalSeq, after.State).ShouldBe((before.JournalSeq, before.State));
        (await host.BallotAsync(id, "u1", ("lan", "yes"), ("minh", "no"))).Succeeded.ShouldBeTrue(); // the member may still vote
    }

    [Fact]
    public async Task A_tie_on_one_question_follows_the_chair_on_that_question()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("tie-q", $$""" "electorate": {{Members(4)}}, "secret": true, "tie": "chair", "chair": "u1", {{Nominees}} """), "tie-q");
        await host.BallotAsync(id, "u1", ("lan", "yes"), ("minh", "no"));
        await host.BallotAsync(id, "u2", ("lan", "yes"), ("minh", "yes"));
        await host.BallotAsync(id, "u3", ("lan", "no"), ("minh", "yes"));
        await host.BallotAsync(id, "u4", ("lan", "no"), ("minh", "no"));

        var result = await host.ResultAsync(id);
        result["passed"]!.AsArray().Select(p => p!.ToString()).ShouldBe(["lan"]); // 2 against 2 on both: the chair said yes to Lan only
        result["questions"]!.AsArray().Select(q => q!["tieDecidedByChair"]!.GetValue<bool>()).ShouldBe([true, true]);
        (await host.InstanceAsync(id)).State.ShouldNotContain("\"u2\":"); // no choice by voter, only the chair's own
    }

    [Fact]
    public async Task A_secret_ballot_stays_secret_per_question_and_an_open_one_journals_the_answers()
    {
        await using var host = await TestHost.CreateAsync();
        var secret = await host.RunAsync(VoteFlow("secret-q", Council), "secret-q");
        await host.BallotAsync(secret, "u1", ("lan", "yes"), ("minh", "no"));
        var cast = (await host.JournalAsync(secret)).Single(j => j.Event == "VoteCast");
        cast.Data!.ShouldNotContain("yes");
        cast.Data!.ShouldNotContain("lan");
        (await host.InstanceAsync(secret)).State.ShouldNotContain("\"u1\":");

        var open = await host.RunAsync(VoteFlow("open-q", $$""" "electorate": {{Members(3)}}, {{Nominees}} """), "open-q");
        await host.BallotAsync(open, "u2", ("minh", "no"), ("lan", "yes"));
        var answers = JsonNode.Parse((await host.JournalAsync(open)).Single(j => j.Event == "VoteCast").Data!)!["choices"]!.AsObject();
        answers.Select(a => (a.Key, a.Value!.ToString())).ShouldBe([("lan", "yes"), ("minh", "no")]);
    }

    [Fact]
    public async Task The_ballot_offers_its_questions_and_the_journal_keeps_them()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("offer-q", Council), "offer-q");
        var payload = JsonNode.Parse((await host.Store.LoadAsync(id))!.Bookmarks.Single().Payload!)!;
        payload.ToJsonString().ShouldContain("\"questions\"");
        var opened = JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "VoteOpened").Data!)!;
        opened["questions"]!.AsArray().Select(q => q!["id"]!.ToString()).ShouldBe(["lan", "minh"]);
    }

    [Fact]
    public async Task Questions_may_come_from_a_variable_of_nominee_ids()
    {
        await using var host = await TestHost.CreateAsync();
        var json = GovernanceHost.Flow("from-var",
            $$"""{ "id": "gov", "type": "Vote", "resultVariable": "result", "electorate": {{Members(2)}}, "questions": "=vars.nominees" }""",
            VoteHost.Outcomes, """[ { "name": "result", "type": "object" }, { "name": "nominees", "type": "array" } ]""");
        await host.PublishAsync(json);
        var id = (await host.StartAsync("from-var", new JsonObject { ["nominees"] = new JsonArray("E1", "E2", "E1") })).InstanceId!;
        await host.BallotAsync(id, "u1", ("E1", "yes"), ("E2", "no"));
        await host.BallotAsync(id, "u2", ("E1", "yes"), ("E2", "no"));

        var result = await host.ResultAsync(id);
        result["questions"]!.AsArray().Select(q => (q!["id"]!.ToString(), q["label"]!["vi"]!.ToString())).ShouldBe([("E1", "E1"), ("E2", "E2")]);
        result["passed"]!.AsArray().Select(p => p!.ToString()).ShouldBe(["E1"]);
    }

    [Fact]
    public async Task An_empty_list_of_nominees_is_an_incident_not_a_silent_result()
    {
        await using var host = await TestHost.CreateAsync();
        var json = GovernanceHost.Flow("empty-var",
            $$"""{ "id": "gov", "type": "Vote", "electorate": {{Members(2)}}, "questions": "=vars.nominees" }""",
            VoteHost.Outcomes, """[ { "name": "nominees", "type": "array" } ]""");
        await host.PublishAsync(json);
        var id = (await host.StartAsync("empty-var", new JsonObject { ["nominees"] = new JsonArray() })).InstanceId!;

        var instance = await host.InstanceAsync(id);
        instance.Status.ShouldBe(InstanceStatus.Faulted);
        (await host.JournalAsync(id)).ShouldContain(j => j.Event == "InstanceFaulted" && j.NodeId == "gov" && j.Data!.Contains("no questions"));
    }

    [Theory]
    [InlineData("""  "questions": [] """, "property 'questions'")]
    [InlineData("""  "questions": [ { "label": "no id" } ] """, "property 'questions'")]
    [InlineData("""  "questions": [ { "id": "a" }, { "id": "a" } ] """, "listed twice")]
    [InlineData("""  "questions": "everyone" """, "property 'questions'")]
    public async Task Invalid_questions_are_validation_errors_of_the_node(string properties, string message)
    {
        await using var host = await TestHost.CreateAsync();
        var json = Workflow("bad-questions",
            string.Join(",", Node("start", "Start"), $$"""{ "id": "ballot", "type": "Vote", "electorate": ["a", "b"], {{properties}} }""", Node("end", "End")),
            string.Join(",", Edge("start", "ballot"), Edge("ballot", "end")));
        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", json).Errors;
        errors.ShouldContain(e => e.NodeId == "ballot" && e.Message.Contains(message), string.Join("\n", errors));
    }

    [Fact]
    public async Task An_unknown_key_of_a_question_is_named()
    {
        await using var host = await TestHost.CreateAsync();
        var json = Workflow("bad-question-key",
            string.Join(",", Node("start", "Start"), """{ "id": "ballot", "type": "Vote", "electorate": ["a", "b"], "questions": [ { "id": "a", "lable": "A" } ] }""", Node("end", "End")),
            string.Join(",", Edge("start", "ballot"), Edge("ballot", "end")));
        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", json).Errors;
        errors.ShouldContain(e => e.Message.Contains("lable"), string.Join("\n", errors));
    }
}
