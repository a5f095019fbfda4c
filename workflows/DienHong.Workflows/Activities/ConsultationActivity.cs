using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Engine.Security;
using Microsoft.Extensions.DependencyInjection;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Consultation (lấy ý kiến), Law 10/2022/QH15 Art. 53-55: before the head decides a matter of Art. 53, the staff
/// give their opinions in the forms of Art. 54. Running the node records the consultation plan of Art. 55.1
/// (content, form, time limit, who responds: <c>ConsultationOpened</c>). While the window is open each person sends
/// one opinion (action <c>opine</c>); a later one by the same person replaces the earlier. Anonymous opinions, when
/// allowed, are matched to their sender only by a keyed hash (<see cref="ConsultationVoices"/>) whose key stays
/// outside the database: no actor is stored or journalled, and the voices are erased, old copies included, when the
/// window closes. At the deadline the opinions are compiled (<c>SummaryCompiled</c>) and the respondent must answer
/// (giải trình, tiếp thu: a task with the outcome <c>Responded</c> and the response as its comment); the response
/// is then disclosed (<c>ResponseDisclosed</c>, catalog item DC-10 of Art. 46) and the node completes.
/// The Law sets no minimum length for the window: the default of 10 working days is a local choice.
/// </summary>
public sealed class ConsultationActivity : IActivity
{
    public const string Responded = "Responded";
    public const string OpineAction = "opine";

    private const string Open = "open";
    private const string Response = "response";

    public ActivityDescriptor Descriptor { get; } = new(
        "Consultation",
        new LocalizedText("Lấy ý kiến", "Consultation"),
        new LocalizedText(
            "Lấy ý kiến cán bộ, công chức, viên chức, người lao động trước khi người đứng đầu quyết định (Luật 10/2022/QH15 Điều 53-55): kế hoạch lấy ý kiến, tổng hợp ý kiến, giải trình, tiếp thu và công khai kết quả (DC-10).",
            "Consults the staff before the head decides (Law 10/2022/QH15 Art. 53-55): a consultation plan, a compiled summary of the opinions, the head's response (giải trình, tiếp thu), and its disclosure (DC-10)."),
        "governance",
        [
            Prop("content", PropertyKind.Value, true, "Nội dung lấy ý kiến (văn bản hoặc biểu thức).", "What the staff are consulted on (a text or an expression)."),
            Prop("form", PropertyKind.Text, false, "Hình thức lấy ý kiến (Điều 54), ví dụ written (văn bản), meeting (hội nghị, cuộc họp), intranet (mạng nội bộ); mặc định written.", "The form of consultation (Art. 54), e.g. written, meeting, intranet; default written."),
            Prop("deadline", PropertyKind.Duration, false, "Thời hạn nhận ý kiến (mặc định 10 ngày làm việc). Luật không quy định thời hạn tối thiểu: đây là lựa chọn của đơn vị, ghi trong kế hoạch.", "How long opinions are received (default 10 working days). The Law sets no minimum: this is a local choice, recorded in the plan."),
            Prop("anonymous", PropertyKind.Boolean, false, "Cho phép gửi ý kiến ẩn danh (mặc định không).", "Whether anonymous opinions are accepted (default false)."),
            Prop("respondent", PropertyKind.Assignee, false, "Người giải trình, tiếp thu ý kiến (mặc định người đứng đầu).", "Who responds to the opinions (default the head)."),
            Prop("responseDue", PropertyKind.Duration, false, "Thời hạn giải trình, tiếp thu sau khi hết hạn nhận ý kiến (mặc định 05 ngày làm việc).", "The time limit for the response after the window closes (default 05 working days)."),
            Prop("discloseResponse", PropertyKind.Boolean, false, "Công khai kết quả tổng hợp và giải trình, tiếp thu (Điều 46, DC-10; mặc định có).", "Disclose the summary and the response (Art. 46, DC-10; default true)."),
            Prop("summaryVariable", PropertyKind.Text, false, "Biến nhận tổng hợp { submissions, anonymous, texts }.", "The variable that receives the summary { submissions, anonymous, texts }."),
        ],
        [Responded])
    {
        CanWait = true,
    };

    public object? Compile(NodeCompileContext context)
    {
        var summary = context.Variable("summaryVariable");

        var respondent = Assignee.Read(context.Property("respondent")) ?? new Assignee("head", null, null);
        return new ConsultationConfig(
            context.String("form") ?? "written",
            context.Duration("deadline") ?? new DurationValue(Duration.WorkingDays(10), null),
            context.Property("anonymous") is { ValueKind: JsonValueKind.True },
            respondent,
            context.Duration("responseDue") ?? new DurationValue(Duration.WorkingDays(5), null),
            context.Property("discloseResponse") is not { ValueKind: JsonValueKind.False },
            summary);
    }

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<ConsultationConfig>();
        var deadline = context.Calendar.Add(context.Now, DisclosureSupport.Resolve(context, config.Deadline));
        var plan = new JsonObject
        {
            ["content"] = context.EvaluateProperty("content"),
            ["form"] = config.Form,
            ["deadline"] = DisclosureSupport.Describe(deadline),
            ["anonymousAllowed"] = config.AllowAnonymous,
            ["respondent"] = DisclosureSupport.ResolveAssignee(context, config.Respondent),
            ["responseDue"] = JsonNode.Parse(DisclosureSupport.Resolve(context, config.ResponseDue).ToString()),
            ["by"] = context.Actor,
            ["openedAt"] = DisclosureSupport.Iso(context, context.Now),
        };
        var state = context.State;
        state["phase"] = Open;
        state["plan"] = plan.DeepClone();
        state["submissions"] = new JsonArray();
        if (config.AllowAnonymous)
        {
            context.HoldSecrets(true);
        }

        context.Journal(JournalEvents.ConsultationOpened, data: plan);
        var payload = new JsonObject { ["actions"] = DisclosureSupport.Strings([OpineAction]), ["anonymousAllowed"] = config.AllowAnonymous };
        return ActivityResult.Wait(new NewBookmark(
            BookmarkKind.Task, context.NodeId, DisclosureSupport.ForAudience("agency"), deadline.Due, deadline.Due, payload, JournalEvents.OpinionBoxOpened));
    }

    public ActivityResult Resume(ActivityContext context, ResumeContext resume)
    {
        var config = context.Config<ConsultationConfig>();
        var state = context.State;
        if (state["phase"]?.ToString() == Response)
        {
            return ResumeResponse(context, config, state, resume);
        }

        if (resume.IsWake)
        {
            return Close(context, config, state, resume.Bookmark.DueAt ?? resume.Input.WakeAt!.Value);
        }

        if (resume.Input.Action != OpineAction)
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.ConsultationAction, context.NodeId, OpineAction, resume.Input.Action ?? resume.Input.Outcome));
        }

        if (resume.Bookmark.DueAt is { } end && context.Now >= end)
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.ConsultationClosedAt, context.NodeId, DisclosureSupport.Iso(context, end)));
        }

        if (DisclosureSupport.ReadSubmission(resume.Input, out var problem) is not { } submission)
        {
            return ActivityResult.Reject(problem!);
        }

        if (submission.Anonymous && !config.AllowAnonymous)
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.ConsultationNoAnonymous, context.NodeId));
        }

        if (string.IsNullOrEmpty(resume.Input.Actor))
        {
            return ActivityResult.Reject(ActivityMessages.OpinionNeedsSender);
        }

        return Record(context, state, submission, resume.Input.Actor);
    }

    /// <summary>Keeps one voice per person: a later opinion replaces the earlier, never across named and anonymous.</summary>
    private static ActivityResult Record(ActivityContext context, JsonObject state, DisclosureSubmission submission, string actor)
    {
        var keyring = context.Services.GetService<IKeyring>()
            ?? throw new InvalidOperationException("Anonymous opinions need the engine's keyring (IKeyring), which is not registered.");
        var voice = ConsultationVoices.Voice(keyring, ConsultationVoices.Window(context.InstanceId, context.NodeInstanceId), actor);
        var submissions = state["submissions"]!.AsArray();
        var earlier = submissions.FirstOrDefault(s => s!["voice"]!.ToString() == voice);
        if (earlier is not null && earlier["anonymous"]!.GetValue<bool>() != submission.Anonymous)
        {
            // Replacing a named opinion by an anonymous one (or the reverse) would tie the anonymous text to a name.
            return ActivityResult.Reject(submission.Anonymous
                ? ActivityMessages.ReplaceNamed
                : ActivityMessages.ReplaceAnonymous);
        }

        if (earlier is not null)
        {
            submissions.Remove(earlier);
        }

        var entry = new JsonObject { ["voice"] = voice, ["text"] = submission.Text, ["anonymous"] = submission.Anonymous };
        var data = new JsonObject { ["text"] = submission.Text, ["anonymous"] = submission.Anonymous };
        if (submission.Anonymous)
        {
            context.JournalAnonymously(JournalEvents.OpinionReceived, data: data);
        }
        else
        {
            entry["by"] = actor;
            data["replaces"] = earlier is not null;
            context.Journal(JournalEvents.OpinionReceived, data: data);
        }

        submissions.Add(entry);
        return ActivityResult.KeepWaiting();
    }

    /// <summary>The window has closed: compile the summary, forget the voices, and ask the respondent to answer.</summary>
    private static ActivityResult Close(ActivityContext context, ConsultationConfig config, JsonObject state, DateTimeOffset closedAt)
    {
        var submissions = state["submissions"]!.AsArray().Select(s => s!.AsObject()).ToList();
        var entries = new JsonArray([.. submissions.Select(s =>
        {
            var e = new JsonObject { ["text"] = s["text"]!.DeepClone(), ["anonymous"] = s["anonymous"]!.DeepClone() };
            if (s["by"] is { } by)
            {
                e["by"] = by.DeepClone();
            }

            return (JsonNode)e;
        })]);
        var anonymous = submissions.Count(s => s["anonymous"]!.GetValue<bool>());
        var summary = new JsonObject
        {
            ["submissions"] = submissions.Count,
            ["anonymous"] = anonymous,
            ["named"] = submissions.Count - anonymous,
            ["entries"] = entries,
            ["closedAt"] = DisclosureSupport.Iso(context, closedAt),
        };
        // Only the count and the texts stay; the voices go, and so do their old copies in the database files.
        state.Remove("submissions");
        if (config.AllowAnonymous)
        {
            context.HoldSecrets(false);
        }

        state["summary"] = summary.DeepClone();
        state["phase"] = Response;
        if (config.SummaryVariable is { } variable)
        {
            context.SetVariable(variable, new JsonObject
            {
                ["submissions"] = submissions.Count,
                ["anonymous"] = anonymous,
                ["texts"] = new JsonArray([.. submissions.Select(s => s["text"]!.DeepClone())]),
            });
        }

        context.Journal(JournalEvents.SummaryCompiled, data: summary);
        var respondent = state["plan"]!["respondent"]!.ToString();

        // The response period starts the day after the window's last day (the deadline is 24:00 of that day).
        var due = context.Calendar.Add(closedAt.AddTicks(-1), DisclosureSupport.Resolve(context, config.ResponseDue));
        var payload = new JsonObject { ["outcomes"] = DisclosureSupport.Strings([Responded]), ["summary"] = summary };
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, respondent, due.Due, null, payload, JournalEvents.ResponseRequested));
    }

    private static ActivityResult ResumeResponse(ActivityContext context, ConsultationConfig config, JsonObject state, ResumeContext resume)
    {
        if (resume.IsWake)
        {
            return ActivityResult.KeepWaiting(BookmarkChange.Wake(null));
        }

        if (resume.Input.Action is { } action)
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.ConsultationClosedAction, context.NodeId, action));
        }

        if (resume.Input.Outcome != Responded)
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.ResponseOutcome, context.NodeId, Responded, resume.Input.Outcome));
        }

        if (string.IsNullOrWhiteSpace(resume.Input.Comment))
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.ResponseNeedsText, context.NodeId));
        }

        if (config.DiscloseResponse)
        {
            context.Journal(JournalEvents.ResponseDisclosed, data: new JsonObject
            {
                ["item"] = "DC-10",
                ["summary"] = state["summary"]!.DeepClone(),
                ["response"] = resume.Input.Comment,
                ["channels"] = DisclosureSupport.Strings(DisclosureSupport.DefaultChannels),
                ["disclosedAt"] = DisclosureSupport.Iso(context, context.Now),
            });
        }

        return new ActivityResult.Completed([Responded], JournalEvents.ResponseGiven, resume.Input.Comment);
    }

    private static PropertyDescriptor Prop(string name, PropertyKind kind, bool required, string vi, string en) =>
        new(name, kind, required, new LocalizedText(vi, en));
}
