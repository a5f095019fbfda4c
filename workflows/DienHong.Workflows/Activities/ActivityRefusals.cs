using DienHong.Engine.Runtime;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>The refusal codes (mã từ chối) of the governance activities; the table of every code is in <c>docs/refusals.md</c>.</summary>
public static class ActivityRefusals
{
    /// <summary>The person may not act on the task: {0} the person, {1} the node, {2} the assignee.</summary>
    public static readonly MessageCode NotAssignee = Code("task.not-assignee", nameof(ActivityMessages.MayNotAct));

    /// <summary>The task's assignee is not in the organisation: {0} the node, {1} the assignee.</summary>
    public static readonly MessageCode AssigneeUnknown = Code("task.assignee-unknown", nameof(ActivityMessages.AssigneeUnknown));

    /// <summary>Only a task for a group can be claimed: {0} the node, {1} the assignee.</summary>
    public static readonly MessageCode ClaimNotGroup = Code("task.claim-not-group", nameof(ActivityMessages.ClaimOnlyGroup));

    /// <summary>A reassignment names no role or user: {0} the node, {1} the target given.</summary>
    public static readonly MessageCode ReassignTarget = Code("task.reassign-target", nameof(ActivityMessages.ReassignNeedsTo));

    /// <summary>An opinion or objection without text: {0} the node.</summary>
    public static readonly MessageCode SubmissionText = Code("submission.no-text", nameof(ActivityMessages.SubmissionNeedsText));

    /// <summary>A submission after the posting closed: {0} the node, {1} when it closed.</summary>
    public static readonly MessageCode DisclosureClosed = Code("disclosure.closed", nameof(ActivityMessages.DisclosureClosedAt));

    /// <summary>A posting completed without its proof (a photo or link in data.attachments): {0} the node.</summary>
    public static readonly MessageCode PostingProof = Code("disclosure.proof", nameof(ActivityMessages.PostingNeedsProof));

    /// <summary>A posting on channels that are not a list of known ones: {0} the node, {1} the channels given, {2} the known ones.</summary>
    public static readonly MessageCode PostingChannels = Code("disclosure.channels", nameof(ActivityMessages.PostingChannels));

    /// <summary>A posting time that is not a date-time, or is later than now: {0} the node, {1} the time given.</summary>
    public static readonly MessageCode PostingTime = Code("disclosure.posted-at", nameof(ActivityMessages.PostingTime));

    /// <summary>A reply to an objection without its text: {0} the node.</summary>
    public static readonly MessageCode ReplyText = Code("objection.reply-text", nameof(ActivityMessages.ReplyNeedsText));

    /// <summary>An opinion after the window closed: {0} the node, {1} when it closed.</summary>
    public static readonly MessageCode ConsultationClosed = Code("consultation.closed", nameof(ActivityMessages.ConsultationClosedAt));

    /// <summary>An anonymous opinion where none is accepted: {0} the node.</summary>
    public static readonly MessageCode NoAnonymous = Code("consultation.no-anonymous", nameof(ActivityMessages.ConsultationNoAnonymous));

    /// <summary>A named opinion would replace an anonymous one: {0} the node.</summary>
    public static readonly MessageCode ReplaceAnonymous = Code("consultation.replace-anonymous", nameof(ActivityMessages.ReplaceAnonymous));

    /// <summary>An anonymous opinion would replace a named one: {0} the node.</summary>
    public static readonly MessageCode ReplaceNamed = Code("consultation.replace-named", nameof(ActivityMessages.ReplaceNamed));

    /// <summary>A response without its text: {0} the node.</summary>
    public static readonly MessageCode ResponseText = Code("consultation.response-text", nameof(ActivityMessages.ResponseNeedsText));

    /// <summary>A choice that is not yes, no or abstain: {0} the node, {1} the choice.</summary>
    public static readonly MessageCode VoteChoice = Code("vote.choice", nameof(ActivityMessages.VoteChoice));

    /// <summary>The voter is not in the electorate: {0} the voter, {1} the node.</summary>
    public static readonly MessageCode NotInElectorate = Code("vote.not-member", nameof(ActivityMessages.NotInElectorate));

    /// <summary>A second vote by one member: {0} the voter, {1} the node.</summary>
    public static readonly MessageCode AlreadyVoted = Code("vote.already-voted", nameof(ActivityMessages.AlreadyVoted));

    /// <summary>The ballot holds the votes of every member: {0} the node, {1} the members.</summary>
    public static readonly MessageCode VoteFull = Code("vote.full", nameof(ActivityMessages.VoteFull));

    /// <summary>A task completed without a form field its outcome needs: {0} the node, {1} the field, {2} the outcome.</summary>
    public static readonly MessageCode FieldRequired = Code("task.field-required", nameof(ActivityMessages.FieldRequired));

    /// <summary>A ballot answers a question the vote does not ask: {0} the node, {1} the question, {2} the questions asked.</summary>
    public static readonly MessageCode VoteQuestionUnknown = Code("vote.question-unknown", nameof(ActivityMessages.VoteQuestionUnknown));

    /// <summary>A ballot leaves questions unanswered: {0} the node, {1} the questions without an answer.</summary>
    public static readonly MessageCode VoteQuestionMissing = Code("vote.question-missing", nameof(ActivityMessages.VoteQuestionMissing));

    private static MessageCode Code(string value, string resource) => new(value, ActivityMessages.ResourceManager, resource);
}
