using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using Shouldly;
using Xunit;
using static DienHong.Workflows.Tests.Governance.VoteHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// Vote (biểu quyết) through the engine: the staff-conference quorum and majority (Law 10/2022/QH15 Art. 51.2.c), the
/// 80% secret ballot of the emulation council (Decree 98/2023 Art. 30.7) and the recruitment council's tie (Decree
/// 170/2025 Art. 8).
/// </summary>
public sealed class VoteTests
{
    private static readonly string Conference = $$""" "electorate": {{Members(30)}}, "quorum": { "fraction": "2/3" }, "threshold": { "moreThan": 0.5, "of": "attendees" } """;

    [Theory]
    [InlineData(20, 11, "Passed")] // exactly 2/3 present meets the quorum; 11 of 20 is more than half
    [InlineData(19, 19, "NoQuorum")] // 19 of 30 is less than 2/3, however they vote
    [InlineData(20, 10, "Failed")] // 10 of 20 is not more than half
    public async Task Conference_quorum_is_two_thirds_present_and_a_motion_needs_more_than_half_of_the_attendees(int present, int yes, string outcome)
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("conference", Conference), "conference");
        await host.VotesAsync(id, 1, yes, "yes");
        await host.VotesAsync(id, yes + 1, present - yes, "no");
        (await host.CloseAsync(id)).Succeeded.ShouldBeTrue();

        var instance = await host.InstanceAsync(id);
        instance.Status.ShouldBe(InstanceStatus.Completed);
        instance.Outcome.ShouldBe(outcome);
        var result = await host.ResultAsync(id);
        result["cast"]!.GetValue<int>().ShouldBe(present);
        result["members"]!.GetValue<int>().ShouldBe(30);
        result["quorumMet"]!.GetValue<bool>().ShouldBe(outcome != "NoQuorum");
        result["passed"]!.GetValue<bool>().ShouldBe(outcome == "Passed");
    }

    [Fact]
    public async Task Abstentions_count_as_attendees_so_half_of_the_votes_is_not_enough()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("abstain", Conference), "abstain");
        await host.VotesAsync(id, 1, 10, "yes");
        await host.VotesAsync(id, 11, 9, "no");
        await host.VotesAsync(id, 20, 1, "abstain");
        await host.CloseAsync(id);
        (await host.InstanceAsync(id)).Outcome.ShouldBe("Failed");
        var result = await host.ResultAsync(id);
        (result["yes"]!.GetValue<int>(), result["no"]!.GetValue<int>(), result["abstain"]!.GetValue<int>()).ShouldBe((10, 9, 1));
    }

    [Theory]
    [InlineData(6, 1, "Passed")] // 6 of 7 = 85.7%
    [InlineData(5, 2, "Failed")] // 5 of 7 = 71.4%
    [InlineData(6, 0, "Passed")] // one member absent: still 6 of all 7 members
    [InlineData(5, 0, "Failed")]
    public async Task Grassroots_emulation_fighter_needs_80_percent_of_all_council_members(int yes, int no, string outcome)
    {
        await using var host = await TestHost.CreateAsync();
        var council = $$""" "electorate": {{Members(7)}}, "secret": true, "threshold": { "atLeast": 0.8, "of": "members" } """;
        var id = await host.RunAsync(VoteFlow("emulation", council), "emulation");
        await host.VotesAsync(id, 1, yes, "yes");
        await host.VotesAsync(id, yes + 1, no, "no");
        if (yes + no < 7)
        {
            (await host.CloseAsync(id)).Succeeded.ShouldBeTrue();
        }

        (await host.InstanceAsync(id)).Outcome.ShouldBe(outcome);
    }

    [Theory]
    [InlineData("yes", "chair", "Passed")]
    [InlineData("no", "chair", "Failed")]
    [InlineData("yes", "fail", "Failed")]
    public async Task A_tie_follows_the_chair_when_the_rule_says_so(string chairChoice, string tie, string outcome)
    {
        await using var host = await TestHost.CreateAsync();
        var chair = tie == "chair" ? """, "chair": "u1" """ : string.Empty;
        var id = await host.RunAsync(VoteFlow("recruit", $$""" "electorate": {{Members(4)}}, "tie": "{{tie}}"{{chair}} """), "recruit");
        var other = chairChoice == "yes" ? "no" : "yes";
        await host.VotesAsync(id, 1, 1, chairChoice);
        await host.VotesAsync(id, 2, 1, chairChoice);
        await host.VotesAsync(id, 3, 2, other); // the 4th vote closes the ballot: 2 against 2

        (await host.InstanceAsync(id)).Outcome.ShouldBe(outcome);
        var tally = JsonNode.Parse((await host.JournalAsync(id)).Single(j => j.Event == "VoteTallied").Data!)!;
        tally["closedBy"]!.ToString().ShouldBe("complete");
        tally["tieDecidedByChair"]!.GetValue<bool>().ShouldBe(tie == "chair");
    }

    [Fact]
    public async Task A_secret_ballot_journals_who_voted_but_never_what_they_chose()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("secret", $$""" "electorate": {{Members(3)}}, "secret": true """), "secret");
        await host.VoteAsync(id, "u1", "yes");
        await host.VoteAsync(id, "u2", "no");
        var state = (await host.InstanceAsync(id)).State;
        state.ShouldNotContain("\"votes\"");
        state.ShouldNotContain("\"u1\":");
        await host.VoteAsync(id, "u3", "yes");

        var journal = await host.JournalAsync(id);
        var cast = journal.Where(j => j.Event == "VoteCast").ToList();
        cast.Select(j => j.Actor).ShouldBe(["u1", "u2", "u3"]);
        foreach (var entry in cast)
        {
            entry.Outcome.ShouldBeNull();
            entry.Comment.ShouldBeNull();
            (entry.Data ?? string.Empty).ShouldNotContain("yes");
            (entry.Data ?? string.Empty).ShouldNotContain("no\"");
        }

        journal.Where(j => j.Actor is "u1" or "u2" && j.Event != "VoteCast").ShouldBeEmpty();
        var tally = JsonNode.Parse(journal.Single(j => j.Event == "VoteTallied").Data!)!;
        (tally["yes"]!.GetValue<int>(), tally["no"]!.GetValue<int>()).ShouldBe((2, 1));
        (await host.InstanceAsync(id)).Outcome.ShouldBe("Passed");
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task An_open_ballot_journals_each_voter_with_the_choice()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("open", $$""" "electorate": {{Members(3)}} """), "open");
        await host.VoteAsync(id, "u2", "no");
        var cast = (await host.JournalAsync(id)).Single(j => j.Event == "VoteCast");
        (cast.Actor, cast.Outcome, JsonNode.Parse(cast.Data!)!["choice"]!.ToString()).ShouldBe(("u2", "no", "no"));
    }

    [Fact]
    public async Task A_second_vote_and_a_stranger_are_rejected_and_change_nothing()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("double", $$""" "electorate": {{Members(3)}} """), "double");
        (await host.VoteAsync(id, "u1", "yes")).Succeeded.ShouldBeTrue();
        var before = await host.InstanceAsync(id);

        var again = await host.VoteAsync(id, "u1", "no");
        again.Status.ShouldBe(RunStatus.Rejected);
        again.Message!.ShouldContain("already voted");
        var stranger = await host.VoteAsync(id, "mallory", "yes");
        stranger.Status.ShouldBe(RunStatus.Rejected);
        stranger.Message!.ShouldContain("not in the electorate");
        (await host.VoteAsync(id, "u2", "maybe")).Status.ShouldBe(RunStatus.Rejected);

        var after = await host.InstanceAsync(id);
        (after.JournalSeq, after.RowVersion, after.State).ShouldBe((before.JournalSeq, before.RowVersion, before.State));
        await host.CloseAsync(id);
        (await host.ResultAsync(id))["yes"]!.GetValue<int>().ShouldBe(1);
        (await host.ResultAsync(id))["no"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task The_deadline_closes_the_ballot_and_counts_it()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("deadline", $$""" "electorate": {{Members(5)}}, "deadline": { "hours": 2 } """), "deadline");
        var ballot = (await host.Store.LoadAsync(id))!.Bookmarks.Single();
        (ballot.Kind, ballot.Key, ballot.Assignee).ShouldBe((DienHong.Engine.Storage.BookmarkKind.Task, "gov", "electorate:gov"));
        await host.VotesAsync(id, 1, 3, "yes");
        (await GovernanceHost.AtAsync(host, host.Clock.GetUtcNow().AddHours(2))).ShouldBe(1);
        (await host.InstanceAsync(id)).Outcome.ShouldBe("Passed");
        var tallied = (await host.JournalAsync(id)).Single(j => j.Event == "VoteTallied");
        JsonNode.Parse(tallied.Data!)!["closedBy"]!.ToString().ShouldBe("deadline");
    }

    [Fact]
    public async Task A_role_electorate_takes_any_voter_once_up_to_its_size()
    {
        await using var host = await TestHost.CreateAsync();
        var id = await host.RunAsync(VoteFlow("role", """ "electorate": { "role": "union-committee" }, "size": 3 """), "role");
        await host.VoteAsync(id, "an", "yes");
        await host.VoteAsync(id, "binh", "yes");
        (await host.VoteAsync(id, "an", "no")).Status.ShouldBe(RunStatus.Rejected);
        await host.VoteAsync(id, "chi", "no");
        (await host.InstanceAsync(id)).Outcome.ShouldBe("Passed");
    }
}
