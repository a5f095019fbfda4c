using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
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
/// <para>An electorate given by role (<c>{ "role": "staff" }</c>) needs <c>size</c>: until the organisation
/// directory is available, any user may vote once and the ballot holds at most <c>size</c> votes.</para>
/// </summary>
public sealed class VoteActivity : IActivity
{
    public const string VoteAction = "vote";
    public const string CloseAction = "close";

    public ActivityDescriptor Descriptor { get; } = new(
        "Vote",
        new LocalizedText("Biểu quyết", "Vote"),
        new LocalizedText(
            "Biểu quyết công khai hoặc bỏ phiếu kín: số người tham dự tối thiểu (ví dụ 2/3, Luật 10/2022/QH15 Điều 51.2.c), ngưỡng thông qua (ví dụ trên 50% số người tham dự, hoặc từ 80% tổng số thành viên hội đồng), biểu quyết ngang nhau theo ý kiến chủ tịch.",
            "An open or secret ballot: a quorum (e.g. 2/3, Law 10/2022/QH15 Art. 51.2.c), a pass threshold (e.g. more than 50% of attendees, or at least 80% of all council members), a tie decided by the chair."),
        "governance",
        [
            Prop("electorate", PropertyKind.Json, true, "Người biểu quyết: danh sách mã người dùng, biểu thức cho danh sách, hoặc { role } (khi đó cần 'size').", "Who votes: a list of user ids, an expression giving one, or { role } (then 'size' is needed).") with { Shape = VoteConfig.ElectorateShape },
            Prop("size", PropertyKind.Value, false, "Tổng số thành viên (bắt buộc khi người biểu quyết cho theo vai trò, vì danh bạ tổ chức chưa có).", "The number of members (required for a role electorate while the organisation directory is not available)."),
            Prop("quorum", PropertyKind.Json, false, "Số người tham dự tối thiểu, ví dụ { \"fraction\": \"2/3\" } tổng số thành viên.", "The quorum, e.g. { \"fraction\": \"2/3\" } of the members.") with { Shape = VoteConfig.QuorumShape },
            Prop("threshold", PropertyKind.Json, false, "Ngưỡng thông qua: { moreThan | atLeast: tỷ lệ, of: attendees | members | votes }; mặc định trên 50% số người tham dự.", "Pass threshold: { moreThan | atLeast: share, of: attendees | members | votes }; default more than 50% of attendees.") with { Shape = VoteThreshold.Keys },
            Prop("secret", PropertyKind.Boolean, false, "Bỏ phiếu kín: nhật ký không ghi lựa chọn của từng người.", "Secret ballot: the journal never links a voter to a choice."),
            Prop("tie", PropertyKind.Text, false, "Khi số phiếu đồng ý và không đồng ý bằng nhau: fail (không thông qua, mặc định) hoặc chair (theo ý kiến chủ tịch).", "When yes equals no: fail (default) or chair (the chair's vote decides)."),
            Prop("chair", PropertyKind.Text, false, "Mã người dùng của chủ tịch (khi tie = chair).", "The chair's user id (when tie is chair)."),
            Prop("deadline", PropertyKind.Duration, false, "Thời hạn biểu quyết; hết hạn thì kết thúc và kiểm phiếu.", "How long the ballot stays open; at the deadline it closes and is counted."),
            Prop("reconvene", PropertyKind.Boolean, false, "Khi không đủ số người tham dự thì triệu tập lại: cần cạnh NoQuorum về một bước biểu quyết mới (Điều 50.2).", "Reconvene when the quorum fails: needs a NoQuorum edge back to a new Vote node (Art. 50.2)."),
            Prop("resultVariable", PropertyKind.Text, false, "Biến nhận kết quả { yes, no, abstain, cast, members, quorumMet, passed }.", "The variable that receives { yes, no, abstain, cast, members, quorumMet, passed }."),
        ],
        [VoteRules.Passed, VoteRules.Failed, VoteRules.NoQuorum])
    {
        CanWait = true,
    };

    /// <summary>A ballot ends <c>NoQuorum</c> only when it has a quorum.</summary>
    public IReadOnlyList<string> PossibleOutcomes(NodeDefinition node) =>
        node.TryGetProperty("quorum", out var quorum) && quorum.ValueKind != JsonValueKind.Null
            ? Descriptor.FixedOutcomes
            : [VoteRules.Passed, VoteRules.Failed];

    public object? Compile(NodeCompileContext context) => VoteCompiler.Compile(context);

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<VoteConfig>();
        var members = VoteElectorate.Members(context, config);
        var size = VoteElectorate.Size(context, config, members);
        if (size < 1)
        {
            return ActivityResult.Fault($"Vote '{context.NodeId}' has no members.");
        }

        var due = config.Deadline is { } d ? context.Deadline(d).Due : (DateTimeOffset?)null;
        var state = context.State;
        state["members"] = size;
        state["electorate"] = members is null ? null : new JsonArray([.. members.Select(m => (JsonNode?)m)]);
        state["voters"] = new JsonArray();
        state["yes"] = 0;
        state["no"] = 0;
        state["abstain"] = 0;
        if (!config.Secret)
        {
            state["votes"] = new JsonObject();
        }

        context.Journal(JournalEvents.VoteOpened, data: new JsonObject
        {
            ["electorate"] = members is null ? new JsonObject { ["role"] = config.Role } : state["electorate"]!.DeepClone(),
            ["members"] = size,
            ["quorum"] = config.Quorum?.ToString(),
            ["threshold"] = config.Threshold.ToJson(),
            ["secret"] = config.Secret,
            ["tie"] = config.Tie,
            ["chair"] = config.Chair,
            ["deadline"] = due?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        var payload = new JsonObject
        {
            ["actions"] = new JsonArray(VoteAction, CloseAction),
            ["choices"] = new JsonArray([.. VoteConfig.Choices.Select(c => (JsonNode?)c)]),
            ["members"] = size,
            ["secret"] = config.Secret,
        };
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, "electorate:" + context.NodeId, due, due, payload, "BallotOpened"));
    }

    public ActivityResult Resume(ActivityContext context, ResumeContext resume)
    {
        var config = context.Config<VoteConfig>();
        var state = context.State;
        if (resume.IsWake)
        {
            return Close(context, config, state, "deadline");
        }

        return resume.Input.Action switch
        {
            VoteAction => Cast(context, config, state, resume.Input),
            CloseAction => Close(context, config, state, CloseAction),
            var other => ActivityResult.Reject(Text.Format(ActivityMessages.VoteActions, context.NodeId, VoteAction, CloseAction, other ?? resume.Input.Outcome)),
        };
    }

    private static ActivityResult Cast(ActivityContext context, VoteConfig config, JsonObject state, ResumeInput input)
    {
        var voter = input.Actor;
        if (string.IsNullOrEmpty(voter))
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.VoteNeedsVoter, context.NodeId));
        }

        var choice = input.Data?["choice"]?.ToString().Trim().ToLowerInvariant();
        if (choice is null || !VoteConfig.Choices.Contains(choice))
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.VoteChoice, context.NodeId, choice));
        }

        if (state["electorate"] is JsonArray electorate && !electorate.Any(m => m!.ToString() == voter))
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.NotInElectorate, voter, context.NodeId));
        }

        var voters = state["voters"]!.AsArray();
        if (voters.Any(v => v!.ToString() == voter))
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.AlreadyVoted, voter, context.NodeId));
        }

        var members = state["members"]!.GetValue<int>();
        if (voters.Count >= members)
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.VoteFull, context.NodeId, members));
        }

        voters.Add(voter);
        state[choice] = state[choice]!.GetValue<int>() + 1;
        if (config.Secret)
        {
            if (config.Tie == VoteConfig.TieChair && voter == config.Chair)
            {
                state["chair"] = choice;
            }

            context.Journal(JournalEvents.VoteCast, data: new JsonObject { ["secret"] = true });
        }
        else
        {
            state["votes"]![voter] = choice;
            context.Journal(JournalEvents.VoteCast, choice, data: new JsonObject { ["choice"] = choice });
        }

        return voters.Count == members ? Close(context, config, state, "complete") : ActivityResult.KeepWaiting();
    }

    private static ActivityResult Close(ActivityContext context, VoteConfig config, JsonObject state, string reason)
    {
        var count = new VoteCount(
            state["yes"]!.GetValue<int>(), state["no"]!.GetValue<int>(), state["abstain"]!.GetValue<int>(), state["members"]!.GetValue<int>());
        var chair = config.Chair is { } c ? (config.Secret ? state["chair"] : state["votes"]?[c])?.ToString() : null;
        var (outcome, quorumMet) = VoteRules.Decide(config.Quorum, config.Threshold, config.Tie, count, chair);
        var result = count.ToJson(quorumMet, outcome == VoteRules.Passed);
        if (config.ResultVariable is { } variable)
        {
            context.SetVariable(variable, result.DeepClone());
        }

        result["closedBy"] = reason;
        result["tieDecidedByChair"] = config.Tie == VoteConfig.TieChair && quorumMet && count.Yes == count.No && count.Yes > 0;
        context.Journal(JournalEvents.VoteTallied, outcome, data: result);

        // The journal keeps the counts as data; readers render them in their own language.
        return new ActivityResult.Completed([outcome], JournalEvents.VoteClosed, null, result.ToJsonString());
    }

    private static PropertyDescriptor Prop(string name, PropertyKind kind, bool required, string vi, string en) =>
        new(name, kind, required, new LocalizedText(vi, en));
}
