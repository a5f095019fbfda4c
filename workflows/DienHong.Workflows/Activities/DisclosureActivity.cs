using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Disclosure (công khai), Law 10/2022/QH15 Chapter III: an item of the Art. 46 catalog is posted for the staff on
/// the forms of Art. 47.1 (notice board, intranet, meeting, written notice), no later than 05 working days from the
/// document's issue (Art. 47.2), for at least 20 consecutive days (Art. 48.1-2).
/// <para>
/// It is work people do. The poster (<c>poster</c>, default the office role <c>hr</c>) gets a post-by task due at
/// the end of the limit, with the channels as a checklist; completing it (<c>Posted</c>, with the photo or link as
/// an attachment) is the proof of posting, and a posting after the limit is journalled late with its working days.
/// The period counts from the actual posting. While it is posted, staff object (<c>object</c>) and give opinions
/// (<c>opine</c>), named or anonymous; each objection opens a reply task to the answerer (default the union chair,
/// due 05 working days, with the node's reminders and escalation), answered <c>Upheld</c> or <c>Dismissed</c> with
/// a text, and a named objector is notified of the reply. At the end of the period the poster confirms the
/// take-down; the node completes once that is done and every objection is answered, with <c>NoObjection</c>,
/// <c>ObjectionsDismissed</c> or <c>ObjectionUpheld</c>, which the definition routes. An anonymous submission
/// keeps no trace of its sender.
/// </para>
/// </summary>
public sealed partial class DisclosureActivity() : Activity<DisclosureConfig, DisclosureState>(
    Describe(
        "Disclosure",
        new LocalizedText("Công khai", "Disclosure"),
        new LocalizedText(
            "Công khai nội dung cho cán bộ, công chức, viên chức, người lao động theo Luật 10/2022/QH15 Điều 46-48: giao nhiệm vụ niêm yết chậm nhất 05 ngày làm việc kể từ ngày ban hành, niêm yết ít nhất 20 ngày liên tục kể từ khi niêm yết, trả lời từng phản ánh, gỡ niêm yết khi hết thời gian.",
            "Discloses an item to the staff under Law 10/2022/QH15 Art. 46-48: a post-by task due 05 working days after the issue, posted for at least 20 consecutive days from the actual posting, each objection answered, taken down at the end."),
        "governance",
        NoObjection,
        ObjectionsDismissed,
        ObjectionUpheld,
        HasObjections) with
    {
        CanWait = true,
        Actions =
        [
            new(ObjectAction, new LocalizedText("Phản ánh", "Object")) { NeedsActor = false, Data = DisclosureSupport.SubmissionData },
            new(OpineAction, new LocalizedText("Góp ý", "Give an opinion")) { NeedsActor = false, Data = DisclosureSupport.SubmissionData },
        ],
    })
{
    public const string NoObjection = "NoObjection";
    public const string ObjectionsDismissed = "ObjectionsDismissed";
    public const string ObjectionUpheld = "ObjectionUpheld";

    /// <summary>With objections that nobody answers (<c>unionReview: false</c>), and for definitions written before replies.</summary>
    public const string HasObjections = "HasObjections";

    public const string Reviewed = "Reviewed";
    public const string Posted = "Posted";
    public const string TakenDown = "TakenDown";
    public const string Upheld = "Upheld";
    public const string Dismissed = "Dismissed";
    public const string ObjectAction = "object";
    public const string OpineAction = "opine";

    /// <summary>The payload key naming which of the node's tasks a bookmark is.</summary>
    private const string TaskKey = "task";

    private static readonly TaskOffer PostBy = new([Posted], []);
    private static readonly TaskOffer OpenPosting = new([], [ObjectAction, OpineAction]);
    private static readonly TaskOffer Reply = new([Upheld, Dismissed], []);
    private static readonly TaskOffer TakeDownOffer = new([TakenDown], []);

    /// <summary>Answered objections end in one of two outcomes; objections only recorded end in <c>HasObjections</c>.</summary>
    public override IReadOnlyList<string> PossibleOutcomes(NodeDefinition node) =>
        Answers(node) ? [NoObjection, ObjectionsDismissed, ObjectionUpheld] : [NoObjection, HasObjections];

    protected override DisclosureConfig Prepare(DisclosureConfig config, NodeCompileContext context)
    {
        if (config.Escalation is { Action: Escalation.CompleteAction })
        {
            context.Error(ActivityMessages.DisclosureEscalationReassign);
        }

        return config;
    }

    protected override ActivityResult Execute(ActivityContext context, DisclosureConfig config, DisclosureState state)
    {
        string? problem = null;
        var channels = config.Channels is { } c ? c.Resolve(context, "channels", out problem) : DisclosureChannels.Default;
        if (channels is null)
        {
            return ActivityResult.Fault(problem!);
        }

        var decision = context.Instant(config.DecisionDate, "decisionDate") ?? context.Now;
        var window = context.Calendar.Add(decision, context.Resolve(config.StartWithin));
        state.Posting = new JsonObject
        {
            ["channels"] = DisclosureSupport.Strings(channels),
            ["audience"] = config.Audience,
            ["category"] = config.Category,
            ["document"] = config.Document is { } document ? context.Evaluate(document) : null,
            ["decisionDate"] = DisclosureSupport.Iso(context, decision),
            ["startWindow"] = DisclosureSupport.Describe(window),
        };

        // A posting recorded elsewhere (the definition gives its time) needs no poster.
        if (context.Instant(config.PostedAt, "postedAt") is { } postedAt)
        {
            state.Phase = DisclosurePhase.Open;
            return ActivityResult.Wait(Post(context, config, state, postedAt, channels, null));
        }

        state.Phase = DisclosurePhase.Posting;
        var poster = config.Poster.Resolve(context);
        context.Journal(JournalEvents.DisclosurePostingDue, data: new JsonObject
        {
            ["assignee"] = poster,
            ["due"] = window.Due.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["channels"] = DisclosureSupport.Strings(channels),
        });
        var payload = PostBy.Payload(new JsonObject
        {
            [TaskKey] = "post",
            ["channels"] = DisclosureSupport.Strings(channels),
            ["document"] = state.Posting["document"]?.DeepClone(),
            [TaskOffer.FormKey] = DisclosurePostingForm.Of(channels),
        });
        return ActivityResult.Wait(new NewBookmark(
            BookmarkKind.Task, context.NodeId, poster, window.Due, TaskTimers.First(context, config.ReminderList, config.Escalation, window.Due), payload, JournalEvents.TaskCreated));
    }

    protected override ActivityResult Resume(ActivityContext context, DisclosureConfig config, DisclosureState state, ResumeContext resume)
    {
        if (state.Phase == DisclosurePhase.Review)
        {
            return ResumeReview(context, state, resume);
        }

        var task = TaskOf(resume.Bookmark);
        if (task is "post" or "reply" or "take-down" && resume.IsWake)
        {
            return TaskTimers.Wake(context, config.ReminderList, config.Escalation, resume, ActivityResult.Done);
        }

        if (task is "post" or "reply" or "take-down" && TaskActions.Unauthorised(context, resume.Bookmark.Assignee, resume.Input.By) is { } refusal)
        {
            return ActivityResult.Reject(refusal);
        }

        return task switch
        {
            "post" => Posting(context, config, state, resume),
            "reply" => Answer(context, config, state, resume),
            "take-down" => TakeDown(context, config, state, resume),
            _ when resume.IsWake => PeriodEnded(context, config, state, resume.Bookmark.DueAt ?? resume.Input.WakeAt!.Value),
            _ => Receive(context, config, state, resume),
        };
    }

    private static bool Answers(NodeDefinition node) =>
        !(node.TryGetProperty("unionReview", out var review) && review.ValueKind == JsonValueKind.False);

    /// <summary>Which of the node's tasks a bookmark is; the open posting (and a posting opened before tasks were named) has none.</summary>
    private static string? TaskOf(Engine.Storage.BookmarkRecord bookmark) =>
        bookmark.Payload is { } payload && JsonNode.Parse(payload) is JsonObject o && o[TaskKey] is JsonValue v ? v.ToString() : null;
}
