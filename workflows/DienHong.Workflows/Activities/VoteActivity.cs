using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Vote (biểu quyết). Opens a ballot for an electorate (<c>VoteOpened</c>); each member casts one vote (action
/// <c>vote</c>, data <c>{ "choice": "yes" | "no" | "abstain" }</c>); the ballot closes on the action <c>close</c>, at
/// the <c>deadline</c>, or when every member has voted. The quorum is counted on those who voted (the attendees);
/// then the threshold and the tie rule decide: outcome <c>Passed</c>, <c>Failed</c> or <c>NoQuorum</c>.
/// <para>Legal rules it encodes: the staff conference needs at least 2/3 of the staff present and passes with more
/// than 50% of the attendees (Law 10/2022/QH15 Art. 51.2.c); when the quorum fails it is reconvened, and after a
/// second failed convocation an opinion ballot goes to all staff (Art. 50.2): route <c>NoQuorum</c> back to a new
/// Vote node (<c>reconvene: true</c> checks that edge exists), and count convocations in a variable. Recruitment
/// councils decide by majority, a tie follows the chair (Decree 170/2025 Art. 8, Decree 115/2020 Art. 8):
/// <c>tie: "chair"</c>. The Grassroots Emulation Fighter needs a secret ballot of at least 80% of all council
/// members (Decree 98/2023 Art. 30.7): <c>secret: true, threshold: { atLeast: 0.8, of: "members" }</c>.</para>
/// <para>A secret ballot (bỏ phiếu kín) journals only that a member voted, never the choice; the choices are
/// counted anonymously and only the totals are journalled at the close. For a tie decided by the chair, the chair's
/// own choice is kept in the node's state (never the journal) until the close.</para>
/// <para>With <c>questions</c> (e.g. one per nominee) one ballot answers every question
/// (<c>{ "choices": { "&lt;question&gt;": "yes" | "no" | "abstain" } }</c>) and each question is decided alone: see
/// <see cref="VoteQuestionBallot"/>.</para>
/// <para>An electorate given by role (<c>{ "role": "staff" }</c>) needs <c>size</c>: until the organisation
/// directory is available, any user may vote once and the ballot holds at most <c>size</c> votes.</para>
/// </summary>
public sealed class VoteActivity() : Activity<VoteConfig, VoteState>(
    Describe(
        "Vote",
        new LocalizedText("Biểu quyết", "Vote"),
        new LocalizedText(
            "Biểu quyết công khai hoặc bỏ phiếu kín: số người tham dự tối thiểu (ví dụ 2/3, Luật 10/2022/QH15 Điều 51.2.c), ngưỡng thông qua (ví dụ trên 50% số người tham dự, hoặc từ 80% tổng số thành viên hội đồng), biểu quyết ngang nhau theo ý kiến chủ tịch.",
            "An open or secret ballot: a quorum (e.g. 2/3, Law 10/2022/QH15 Art. 51.2.c), a pass threshold (e.g. more than 50% of attendees, or at least 80% of all council members), a tie decided by the chair."),
        "governance",
        VoteRules.Passed,
        VoteRules.Failed,
        VoteRules.NoQuorum) with
    {
        CanWait = true,
        Actions =
        [
            // 'choice' answers a one-question ballot, 'choices' a ballot with questions; the activity checks which one is due.
            new(VoteAction, new LocalizedText("Biểu quyết", "Vote")) { Data = [new("choice", PropertyKind.Text), new(VoteQuestionBallot.ChoicesKey, PropertyKind.Json)] },
            new(CloseAction, new LocalizedText("Kết thúc biểu quyết", "Close the ballot")) { NeedsActor = false },
        ],
    })
{
    public const string VoteAction = "vote";
    public const string CloseAction = "close";

    private static readonly TaskOffer Ballot = new([], [VoteAction, CloseAction]);

    /// <summary>A ballot ends <c>NoQuorum</c> only when it has a quorum.</summary>
    public override IReadOnlyList<string> PossibleOutcomes(NodeDefinition node) =>
        node.TryGetProperty("quorum", out var quorum) && quorum.ValueKind != JsonValueKind.Null
            ? Descriptor.FixedOutcomes
            : [VoteRules.Passed, VoteRules.Failed];

    protected override VoteConfig Prepare(VoteConfig config, NodeCompileContext context) => VoteCompiler.Check(config, context);

    protected override ActivityResult Execute(ActivityContext context, VoteConfig config, VoteState state)
    {
        var members = VoteElectorate.Members(context, config);
        var size = VoteElectorate.Size(context, config, members);
        if (size < 1)
        {
            return ActivityResult.Fault(Text.Format(ActivityMessages.VoteNoMembers, context.NodeId));
        }

        var questions = config.Questions?.Resolve(context);
        if (questions is { Count: 0 })
        {
            return ActivityResult.Fault(Text.Format(ActivityMessages.VoteNoQuestions, context.NodeId));
        }

        var due = config.Deadline is { } d ? context.Deadline(d).Due : (DateTimeOffset?)null;
        state.Members = size;
        state.Electorate = members?.ToList();
        state.Votes = config.Secret || questions is not null ? null : [];
        state.Questions = questions?.ToList();
        state.Tallies = questions?.ToDictionary(q => q.Id, _ => new VoteTally(), StringComparer.Ordinal);
        var opened = new JsonObject
        {
            ["electorate"] = members is null ? new JsonObject { ["role"] = config.Electorate!.Role } : DisclosureSupport.Strings(members),
            ["members"] = size,
            ["quorum"] = config.Quorum?.Fraction.ToString(),
            ["threshold"] = config.PassThreshold.ToJson(),
            ["secret"] = config.Secret,
            ["tie"] = config.Tie,
            ["chair"] = config.Chair,
            ["deadline"] = due?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        var ballot = new JsonObject
        {
            ["choices"] = DisclosureSupport.Strings(VoteConfig.Choices),
            ["members"] = size,
            ["secret"] = config.Secret,
        };
        if (questions is not null)
        {
            // Journalled only for a ballot with questions, so a one-question vote keeps its journal as it was.
            opened["questions"] = VoteQuestionBallot.Payload(questions);
            ballot["questions"] = VoteQuestionBallot.Payload(questions);
        }

        context.Journal(JournalEvents.VoteOpened, data: opened);
        var payload = Ballot.Payload(ballot);
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, "electorate:" + context.NodeId, due, due, payload, "BallotOpened"));
    }

    protected override ActivityResult Resume(ActivityContext context, VoteConfig config, VoteState state, ResumeContext resume) =>
        resume.IsWake ? Close(context, config, state, "deadline")
        : resume.Input.Action == VoteAction ? Cast(context, config, state, resume.Input)
        : Close(context, config, state, CloseAction);

    /// <summary>A member's vote; the engine has checked that it names the voter.</summary>
    private static ActivityResult Cast(ActivityContext context, VoteConfig config, VoteState state, ResumeInput input)
    {
        var voter = input.Actor!;
        if (state.Questions is not null)
        {
            return VoteQuestionBallot.Read(context, state, input.Data, out var answers) ?? Admit(context, state, voter)
                ?? Counted(context, config, state, voter, () => VoteQuestionBallot.Count(context, config, state, voter, answers));
        }

        if (input.Data?["choice"] is not { } given)
        {
            // A one-question vote needs its choice, refused as the engine refuses any action without its data.
            return ActivityResult.Reject(RefusalCodes.ActionData, context.NodeId, VoteAction, "choice", PropertyKind.Text);
        }

        var choice = given.ToString().Trim().ToLowerInvariant();
        if (!VoteConfig.Choices.Contains(choice))
        {
            return ActivityResult.Reject(ActivityRefusals.VoteChoice, context.NodeId, choice);
        }

        return Admit(context, state, voter) ?? Counted(context, config, state, voter, () => CountOne(context, config, state, voter, choice));
    }

    /// <summary>The refusal of a voter outside the electorate, a second vote, or a vote beyond the members; null to admit.</summary>
    private static ActivityResult? Admit(ActivityContext context, VoteState state, string voter)
    {
        if (state.Electorate is { } electorate && !electorate.Contains(voter))
        {
            return ActivityResult.Reject(ActivityRefusals.NotInElectorate, voter, context.NodeId);
        }

        if (state.Voters.Contains(voter))
        {
            return ActivityResult.Reject(ActivityRefusals.AlreadyVoted, voter, context.NodeId);
        }

        return state.Voters.Count >= state.Members ? ActivityResult.Reject(ActivityRefusals.VoteFull, context.NodeId, state.Members) : null;
    }

    /// <summary>Records the voter, counts the ballot, and closes once every member has voted.</summary>
    private static ActivityResult Counted(ActivityContext context, VoteConfig config, VoteState state, string voter, Action count)
    {
        state.Voters.Add(voter);
        count();
        return state.Voters.Count == state.Members ? Close(context, config, state, "complete") : ActivityResult.KeepWaiting();
    }

    private static void CountOne(ActivityContext context, VoteConfig config, VoteState state, string voter, string choice)
    {
        if (choice == VoteConfig.Yes)
        {
            state.Yes++;
        }
        else if (choice == VoteConfig.No)
        {
            state.No++;
        }
        else
        {
            state.Abstain++;
        }

        if (config.Secret)
        {
            if (config.Tie == VoteConfig.TieChair && voter == config.Chair)
            {
                state.Chair = choice;
            }

            context.Journal(JournalEvents.VoteCast, data: new JsonObject { ["secret"] = true });
        }
        else
        {
            state.Votes![voter] = choice;
            context.Journal(JournalEvents.VoteCast, choice, data: new JsonObject { ["choice"] = choice });
        }
    }

    private static ActivityResult Close(ActivityContext context, VoteConfig config, VoteState state, string reason)
    {
        var (outcome, result, tieDecidedByChair) = state.Questions is null ? DecideOne(config, state) : VoteQuestionBallot.Decide(config, state);
        if (config.ResultVariable is { } variable)
        {
            context.SetVariable(variable, result.DeepClone());
        }

        result["closedBy"] = reason;
        if (tieDecidedByChair is { } tie)
        {
            result["tieDecidedByChair"] = tie;
        }

        context.Journal(JournalEvents.VoteTallied, outcome, data: result);

        // The journal keeps the counts as data; readers render them in their own language.
        return new ActivityResult.Completed([outcome], JournalEvents.VoteClosed, null, result.ToJsonString());
    }

    private static (string Outcome, JsonObject Result, bool? TieDecidedByChair) DecideOne(VoteConfig config, VoteState state)
    {
        var count = new VoteCount(state.Yes, state.No, state.Abstain, state.Members);
        var chair = config.Chair is { } c ? (config.Secret ? state.Chair : state.Votes?.GetValueOrDefault(c)) : null;
        var (outcome, quorumMet) = VoteRules.Decide(config.Quorum?.Fraction, config.PassThreshold, config.Tie, count, chair);
        return (outcome, count.ToJson(quorumMet, outcome == VoteRules.Passed), VoteRules.TieDecidedByChair(config.Tie, quorumMet, count));
    }
}
