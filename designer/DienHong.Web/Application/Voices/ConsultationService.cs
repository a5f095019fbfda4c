using System.Text.Json.Nodes;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Security;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Application.Voices;

/// <summary>
/// Consultations (lấy ý kiến) for the signed-in person: those of the agencies they see, an opinion as themselves
/// (anonymous where the consultation allows it: the activity keeps only a keyed hash of the sender, whose key is
/// outside the database), and the compiled summary with the published response once the window has closed. The
/// response itself is the respondent's task (outcome <c>Responded</c>, the response as its comment), decided from the
/// inbox like any task.
/// Whether the person already gave an opinion is answered from the keyed voices with the same key, for them alone.
/// </summary>
public sealed class ConsultationService(VoiceSteps steps, IKeyring keyring)
{
    public Task<ServiceResult<PageResult<ConsultationItem>>> ListAsync(
        PersonAccess access, string? agency, VoiceFilter? state, PageRequest page, CancellationToken cancellationToken = default) =>
        steps.ListAsync(access, JournalEvents.ConsultationOpened, agency, state, page, step => ItemAsync(access, step, cancellationToken), cancellationToken);

    public async Task<ServiceResult<ConsultationItem>> GetAsync(PersonAccess access, string id, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(access, id, cancellationToken).ConfigureAwait(false);
        return found.Succeeded ? await ItemAsync(access, found.Value, cancellationToken).ConfigureAwait(false) : found.Refusal;
    }

    /// <summary>Sends the person's opinion (góp ý); a later one replaces their earlier, never across named and anonymous.</summary>
    public async Task<ServiceResult<ConsultationItem>> SubmitAsync(PersonAccess access, string id, SubmitOpinion request, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var found = await FindAsync(access, id, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var step = found.Value;
        if (step.Agency is not { } agency || !access.InAgency(agency))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, VoiceRefusals.NotParticipant, access.Person!.Id, step.Agency);
        }

        if (State(step) != VoiceState.Open)
        {
            return new ServiceRefusal(RefusalKind.Conflict, VoiceRefusals.WindowEnded, id);
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return new ServiceRefusal(RefusalKind.Invalid, ActivityRefusals.SubmissionText, step.NodeId);
        }

        var input = new ResumeInput(access.Person!.Id, Data: new JsonObject { ["text"] = request.Text.Trim(), ["anonymous"] = request.Anonymous }, Action: ConsultationActivity.OpineAction);
        if (await steps.ActAsync(step, input, VoiceRefusals.WindowEnded, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        return await GetAsync(access, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The compiled summary and the published response; refused while opinions are still received.</summary>
    public async Task<ServiceResult<ConsultationSummary>> SummaryAsync(PersonAccess access, string id, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(access, id, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var step = found.Value;
        var state = State(step);
        if (state == VoiceState.Open)
        {
            return new ServiceRefusal(RefusalKind.Conflict, VoiceRefusals.WindowOpen, id);
        }

        var summary = VoiceStep.Parse(step.After(JournalEvents.SummaryCompiled)?.Data);
        List<Opinion> opinions = [.. (summary["entries"] as JsonArray ?? []).OfType<JsonObject>().Select(e =>
            new Opinion(VoiceData.Text(e, "text") ?? string.Empty, VoiceData.Bool(e, "anonymous"), VoiceData.Text(e, "by")))];
        var response = step.After(JournalEvents.ResponseDisclosed) is { } disclosed
            && VoiceData.Text(VoiceStep.Parse(disclosed.Data), "response") is { } text
            ? new ConsultationResponse(text, disclosed.At, step.After(JournalEvents.ResponseGiven)?.Actor)
            : null;
        return new ConsultationSummary(
            id, state, VoiceData.Int(summary, "submissions"), VoiceData.Int(summary, "anonymous"), VoiceData.Int(summary, "named"), opinions,
            VoiceData.Time(summary, "closedAt"), response);
    }

    private Task<ServiceResult<VoiceStep>> FindAsync(PersonAccess access, string id, CancellationToken cancellationToken) =>
        steps.FindAsync(access, id, JournalEvents.ConsultationOpened, VoiceRefusals.ConsultationNotFound, cancellationToken);

    private async Task<ConsultationItem> ItemAsync(PersonAccess access, VoiceStep step, CancellationToken cancellationToken)
    {
        var (workflow, node) = await steps.NamesAsync(step, cancellationToken).ConfigureAwait(false);
        var plan = step.Plan;
        var state = State(step);
        var gave = state == VoiceState.Open && access.Person is { } person
            && step.Holds((run, node) => TakenPart.GaveOpinion(keyring, step.InstanceId, run, node, person.Id));
        return new ConsultationItem(
            step.Id, step.InstanceId, step.NodeId, node, step.DefinitionKey, workflow, step.Agency, step.CorrelationKey, state, step.OpenedAt,
            VoiceData.Text(plan, "content"), VoiceData.Text(plan, "form"), state == VoiceState.Open ? step.OpenTask!.DueAt : VoiceData.Time(plan["deadline"], "due"),
            VoiceData.Bool(plan, "anonymousAllowed"), VoiceData.Text(plan, "respondent"),
            state == VoiceState.Open && access.Person is not null && step.Agency is { } agency && access.InAgency(agency), gave);
    }

    /// <summary>Open while the task offers an opinion; then awaiting the response while the respondent's task is open.</summary>
    private static VoiceState State(VoiceStep step) =>
        step.OpenTask is null ? VoiceState.Closed : step.Offers(ConsultationActivity.OpineAction) ? VoiceState.Open : VoiceState.Responding;
}
