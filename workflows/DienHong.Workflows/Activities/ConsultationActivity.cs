using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Consultation (lấy ý kiến), Law 10/2022/QH15 Art. 53-55: before the head decides a matter of Art. 53, the staff
/// give their opinions in the forms of Art. 54. Running the node records the consultation plan of Art. 55.1
/// (content, form, time limit, who responds: <c>ConsultationOpened</c>). While the window is open
/// (<see cref="ConsultationPhase.Open"/>) each person sends one opinion (action <c>opine</c>); a later one by the
/// same person replaces the earlier. Anonymous opinions, when allowed, are matched to their sender only by a keyed
/// hash (<see cref="ConsultationVoices"/>) whose key stays outside the database: no actor is stored or journalled,
/// and the voices are erased, old copies included, when the window closes. At the deadline the opinions are
/// compiled (<c>SummaryCompiled</c>) and the respondent must answer (<see cref="ConsultationPhase.Response"/>;
/// giải trình, tiếp thu: a task with the outcome <c>Responded</c> and the response as its comment); the response
/// is then disclosed (<c>ResponseDisclosed</c>, catalog item DC-10 of Art. 46) and the node completes.
/// The Law sets no minimum length for the window: the default of 10 working days is a local choice.
/// </summary>
public sealed class ConsultationActivity() : Activity<ConsultationConfig, ConsultationState>(
    Describe(
        "Consultation",
        new LocalizedText("Lấy ý kiến", "Consultation"),
        new LocalizedText(
            "Lấy ý kiến cán bộ, công chức, viên chức, người lao động trước khi người đứng đầu quyết định (Luật 10/2022/QH15 Điều 53-55): kế hoạch lấy ý kiến, tổng hợp ý kiến, giải trình, tiếp thu và công khai kết quả (DC-10).",
            "Consults the staff before the head decides (Law 10/2022/QH15 Art. 53-55): a consultation plan, a compiled summary of the opinions, the head's response (giải trình, tiếp thu), and its disclosure (DC-10)."),
        "governance",
        Responded) with
    {
        CanWait = true,
        Actions = [new(OpineAction, new LocalizedText("Góp ý", "Give an opinion")) { Data = DisclosureSupport.SubmissionData }],
    })
{
    public const string Responded = "Responded";
    public const string OpineAction = "opine";

    private static readonly TaskOffer Window = new([], [OpineAction]);
    private static readonly TaskOffer Response = new([Responded], []);

    protected override ActivityResult Execute(ActivityContext context, ConsultationConfig config, ConsultationState state)
    {
        var deadline = context.Deadline(config.Deadline);
        var plan = new JsonObject
        {
            ["content"] = config.Content is { } content ? context.Evaluate(content) : null,
            ["form"] = config.Form,
            ["deadline"] = DisclosureSupport.Describe(deadline),
            ["anonymousAllowed"] = config.Anonymous,
            ["respondent"] = config.Respondent.Resolve(context),
            ["responseDue"] = JsonNode.Parse(context.Resolve(config.ResponseDue).ToString()),
            ["by"] = context.Actor,
            ["openedAt"] = DisclosureSupport.Iso(context, context.Now),
        };
        state.Phase = ConsultationPhase.Open;
        state.Plan = (JsonObject)plan.DeepClone();
        state.Submissions = [];
        if (config.Anonymous)
        {
            context.HoldSecrets(true);
        }

        context.Journal(JournalEvents.ConsultationOpened, data: plan);
        return ActivityResult.Wait(new NewBookmark(
            BookmarkKind.Task, context.NodeId, DisclosureSupport.ForAudience("agency"), deadline.Due, deadline.Due,
            Window.Payload(new JsonObject { ["anonymousAllowed"] = config.Anonymous }), JournalEvents.OpinionBoxOpened));
    }

    protected override ActivityResult Resume(ActivityContext context, ConsultationConfig config, ConsultationState state, ResumeContext resume) =>
        state.Phase switch
        {
            ConsultationPhase.Open when resume.IsWake => Close(context, config, state, resume.Bookmark.DueAt ?? resume.Input.WakeAt!.Value),
            ConsultationPhase.Open => Receive(context, config, state, resume),
            _ => Answer(context, config, state, resume),
        };

    /// <summary>An opinion while the window is open; the engine has checked that it names its sender.</summary>
    private static ActivityResult Receive(ActivityContext context, ConsultationConfig config, ConsultationState state, ResumeContext resume)
    {
        if (resume.Bookmark.DueAt is { } end && context.Now >= end)
        {
            return ActivityResult.Reject(ActivityRefusals.ConsultationClosed, context.NodeId, DisclosureSupport.Iso(context, end));
        }

        if (DisclosureSupport.ReadSubmission(context, resume.Input, out var refusal) is not { } submission)
        {
            return ActivityResult.Reject(refusal!);
        }

        if (submission.Anonymous && !config.Anonymous)
        {
            return ActivityResult.Reject(ActivityRefusals.NoAnonymous, context.NodeId);
        }

        return Record(context, state, submission, resume.Input.Actor!);
    }

    /// <summary>Keeps one voice per person: a later opinion replaces the earlier, never across named and anonymous.</summary>
    private static ActivityResult Record(ActivityContext context, ConsultationState state, Submission submission, string actor)
    {
        var keyring = context.Services.GetService<IKeyring>()
            ?? throw new InvalidOperationException("Anonymous opinions need the engine's keyring (IKeyring), which is not registered.");
        var voice = ConsultationVoices.Voice(keyring, ConsultationVoices.Window(context.InstanceId, context.NodeInstanceId), actor);
        var submissions = state.Submissions!;
        var earlier = submissions.FirstOrDefault(s => s.Voice == voice);
        if (earlier is not null && earlier.Anonymous != submission.Anonymous)
        {
            // Replacing a named opinion by an anonymous one (or the reverse) would tie the anonymous text to a name.
            return ActivityResult.Reject(submission.Anonymous ? ActivityRefusals.ReplaceNamed : ActivityRefusals.ReplaceAnonymous, context.NodeId);
        }

        if (earlier is not null)
        {
            submissions.Remove(earlier);
        }

        var data = new JsonObject { ["text"] = submission.Text, ["anonymous"] = submission.Anonymous };
        if (submission.Anonymous)
        {
            context.JournalAnonymously(JournalEvents.OpinionReceived, data: data);
        }
        else
        {
            data["replaces"] = earlier is not null;
            context.Journal(JournalEvents.OpinionReceived, data: data);
        }

        submissions.Add(submission with { By = submission.Anonymous ? null : actor, Voice = voice });
        return ActivityResult.KeepWaiting();
    }

    /// <summary>The window has closed: compile the summary, forget the voices, and ask the respondent to answer.</summary>
    private static ActivityResult Close(ActivityContext context, ConsultationConfig config, ConsultationState state, DateTimeOffset closedAt)
    {
        var submissions = state.Submissions ?? [];
        var entries = new JsonArray([.. submissions.Select(s =>
        {
            var e = new JsonObject { ["text"] = s.Text, ["anonymous"] = s.Anonymous };
            if (s.By is { } by)
            {
                e["by"] = by;
            }

            return (JsonNode)e;
        })]);
        var anonymous = submissions.Count(s => s.Anonymous);
        var summary = new JsonObject
        {
            ["submissions"] = submissions.Count,
            ["anonymous"] = anonymous,
            ["named"] = submissions.Count - anonymous,
            ["entries"] = entries,
            ["closedAt"] = DisclosureSupport.Iso(context, closedAt),
        };

        // Only the count and the texts stay; the voices go, and so do their old copies in the database files.
        state.Submissions = null;
        if (config.Anonymous)
        {
            context.HoldSecrets(false);
        }

        state.Summary = (JsonObject)summary.DeepClone();
        state.Phase = ConsultationPhases.Table.Move(context, state.Phase, ConsultationPhase.Response);
        if (config.SummaryVariable is { } variable)
        {
            context.SetVariable(variable, new JsonObject
            {
                ["submissions"] = submissions.Count,
                ["anonymous"] = anonymous,
                ["texts"] = DisclosureSupport.Strings(submissions.Select(s => s.Text)),
            });
        }

        context.Journal(JournalEvents.SummaryCompiled, data: summary);
        var respondent = state.Plan!["respondent"]!.ToString();

        // The response period starts the day after the window's last day (the deadline is 24:00 of that day).
        var due = context.Calendar.Add(closedAt.AddTicks(-1), context.Resolve(config.ResponseDue));
        return ActivityResult.Wait(new NewBookmark(
            BookmarkKind.Task, context.NodeId, respondent, due.Due, null, Response.Payload(new JsonObject { ["summary"] = summary }), JournalEvents.ResponseRequested));
    }

    /// <summary>The respondent's answer; the engine has checked its outcome (<c>Responded</c>).</summary>
    private static ActivityResult Answer(ActivityContext context, ConsultationConfig config, ConsultationState state, ResumeContext resume)
    {
        if (resume.IsWake)
        {
            return ActivityResult.KeepWaiting(BookmarkChange.Wake(null));
        }

        if (string.IsNullOrWhiteSpace(resume.Input.Comment))
        {
            return ActivityResult.Reject(ActivityRefusals.ResponseText, context.NodeId);
        }

        state.Phase = ConsultationPhases.Table.Move(context, state.Phase, ConsultationPhase.Closed);
        if (config.DiscloseResponse)
        {
            context.Journal(JournalEvents.ResponseDisclosed, data: new JsonObject
            {
                ["item"] = "DC-10",
                ["summary"] = state.Summary!.DeepClone(),
                ["response"] = resume.Input.Comment,
                ["channels"] = DisclosureSupport.Strings(DisclosureChannels.Default),
                ["disclosedAt"] = DisclosureSupport.Iso(context, context.Now),
            });
        }

        return new ActivityResult.Completed([Responded], JournalEvents.ResponseGiven, resume.Input.Comment);
    }
}
