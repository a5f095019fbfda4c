using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>Objections and opinions while it is posted (phản ánh, góp ý), and the answer to each objection.</summary>
public sealed partial class DisclosureActivity
{
    /// <summary>An objection or opinion while the posting is open: recorded, the posting stays open, and an objection opens its reply task.</summary>
    private static ActivityResult Receive(ActivityContext context, DisclosureConfig config, DisclosureState state, ResumeContext resume)
    {
        if (resume.Bookmark.DueAt is { } end && context.Now >= end)
        {
            return ActivityResult.Reject(ActivityRefusals.DisclosureClosed, context.NodeId, DisclosureSupport.Iso(context, end));
        }

        if (DisclosureSupport.ReadSubmission(context, resume.Input, out var refusal) is not { } submission)
        {
            return ActivityResult.Reject(refusal!);
        }

        var action = resume.Input.Action;
        var journalled = new JsonObject { ["text"] = submission.Text, ["anonymous"] = submission.Anonymous };
        var @event = action == ObjectAction ? JournalEvents.ObjectionReceived : JournalEvents.OpinionReceived;
        if (submission.Anonymous)
        {
            context.JournalAnonymously(@event, data: journalled);
        }
        else
        {
            context.Journal(@event, data: journalled);
        }

        var entry = submission with { At = DisclosureSupport.Iso(context, context.Now), By = submission.Anonymous ? null : context.Actor };
        (action == ObjectAction ? state.Objections : state.Opinions).Add(entry);
        if (action != ObjectAction || !config.UnionReview)
        {
            return ActivityResult.KeepWaiting();
        }

        var number = state.Objections.Count;
        var answerer = config.Answerer.Resolve(context);
        var due = context.Deadline(config.ReplyWithin).Due;
        var payload = Reply.Payload(new JsonObject { [TaskKey] = "reply", ["objection"] = number, ["text"] = submission.Text });
        return ActivityResult.KeepWaiting(new NewBookmark(
            BookmarkKind.Task, context.NodeId, answerer, due, TaskTimers.First(context, config.ReminderList, config.Escalation, due), payload, JournalEvents.ObjectionReplyDue)
        {
            Anonymous = submission.Anonymous,
        });
    }

    /// <summary>The answerer's reply to one objection: upheld or dismissed, with its text; a named objector is told.</summary>
    private static ActivityResult Answer(ActivityContext context, DisclosureConfig config, DisclosureState state, ResumeContext resume)
    {
        var text = resume.Input.Data?["text"]?.ToString() ?? resume.Input.Comment;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ActivityResult.Reject(ActivityRefusals.ReplyText, context.NodeId);
        }

        var number = JsonNode.Parse(resume.Bookmark.Payload!)!["objection"]!.GetValue<int>();
        var objection = state.Objections[number - 1];
        var onTime = resume.Bookmark.DueAt is not { } due || context.Now < due;
        var outcome = resume.Input.Outcome!;
        state.Replies.Add(new ObjectionReply(number, outcome, text.Trim(), context.Actor, DisclosureSupport.Iso(context, context.Now), onTime));
        context.Journal(JournalEvents.ObjectionAnswered, outcome, text.Trim(), new JsonObject
        {
            ["objection"] = number,
            ["outcome"] = outcome,
            ["onTime"] = onTime,
            ["notified"] = objection.By is not null,
        });
        if (objection.By is { } objector)
        {
            Notify(context, state, objector, objection, outcome, text.Trim());
        }

        return state.TakenDownAt is not null && OpenReplies(context, resume) == 0 ? Close(context, config, state) : ActivityResult.Wait();
    }

    /// <summary>
    /// The reply tasks still open besides the one being resumed. Counted from the open tasks, not from the objections,
    /// so that objections recorded before replies existed (an instance that was running at the upgrade) wait for none.
    /// </summary>
    private static int OpenReplies(ActivityContext context, ResumeContext resume) =>
        context.Bookmarks.Count(b => b.Id != resume.Bookmark.Id && TaskOf(b) == "reply");

    /// <summary>
    /// Tells the objector the answer, in the app and by e-mail, through the journal's outbox (the notification
    /// dispatcher sends it after the run). In Vietnamese: the staff's language.
    /// </summary>
    private static void Notify(ActivityContext context, DisclosureState state, string objector, Submission objection, string outcome, string reply)
    {
        var vietnamese = CultureInfo.GetCultureInfo(LocalizedTemplate.Vietnamese);
        string T(string name) => ActivityMessages.ResourceManager.GetString(name, vietnamese)!;
        var verdict = T(outcome == Upheld ? nameof(ActivityMessages.ObjectionUpheldWord) : nameof(ActivityMessages.ObjectionDismissedWord));
        context.Journal(JournalEvents.NotificationQueued, data: new JsonObject
        {
            ["to"] = new JsonArray(new NotifyRecipient(NotifyRecipient.User, objector).ToJson()),
            ["subject"] = string.Format(vietnamese, T(nameof(ActivityMessages.ObjectionAnsweredSubject)), state.Posting!["document"]?.ToString() ?? context.NodeId),
            ["body"] = string.Format(vietnamese, T(nameof(ActivityMessages.ObjectionAnsweredBody)), objection.At, objection.Text, verdict, reply),
            ["channels"] = DisclosureSupport.Strings(NotifyConfig.AllChannels),
            ["language"] = LocalizedTemplate.Vietnamese,
        });
    }
}
