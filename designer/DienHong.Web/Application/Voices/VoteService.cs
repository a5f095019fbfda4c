using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Application.Voices;

/// <summary>
/// Ballots (biểu quyết) for the signed-in person: those of the agencies they see, a ballot cast as themselves (one
/// choice per question; the activity refuses a second ballot and anyone outside the electorate), and the result once
/// the ballot has closed. A secret ballot's result holds only the counts, as its journal does.
/// </summary>
public sealed class VoteService(VoiceSteps steps)
{
    public Task<ServiceResult<PageResult<VoteItem>>> ListAsync(
        PersonAccess access, string? agency, VoiceFilter? state, PageRequest page, CancellationToken cancellationToken = default) =>
        steps.ListAsync(access, JournalEvents.VoteOpened, agency, state, page, step => ItemAsync(access, step, cancellationToken), cancellationToken);

    public async Task<ServiceResult<VoteItem>> GetAsync(PersonAccess access, string id, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(access, id, cancellationToken).ConfigureAwait(false);
        return found.Succeeded ? await ItemAsync(access, found.Value, cancellationToken).ConfigureAwait(false) : found.Refusal;
    }

    /// <summary>Casts the person's ballot (bỏ phiếu): once, and only by a member of the electorate.</summary>
    public async Task<ServiceResult<VoteItem>> CastAsync(PersonAccess access, string id, CastBallot request, CancellationToken cancellationToken = default)
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
        var person = access.Person!.Id;
        if (!step.Offers(VoteActivity.VoteAction))
        {
            return new ServiceRefusal(RefusalKind.Conflict, VoiceRefusals.BallotClosed, id);
        }

        if (!InElectorate(access, step))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, ActivityRefusals.NotInElectorate, person, step.NodeId);
        }

        var data = new JsonObject();
        if (request.Choice is { } choice)
        {
            data["choice"] = choice;
        }

        if (request.Choices is { } choices)
        {
            data["choices"] = new JsonObject([.. choices.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))]);
        }

        if (await steps.ActAsync(step, new ResumeInput(person, Data: data, Action: VoteActivity.VoteAction), VoiceRefusals.BallotClosed, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        return await GetAsync(access, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The result of a closed ballot; refused while it is open.</summary>
    public async Task<ServiceResult<VoteResult>> ResultAsync(PersonAccess access, string id, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(access, id, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var step = found.Value;
        if (step.OpenTask is not null)
        {
            return new ServiceRefusal(RefusalKind.Conflict, VoiceRefusals.BallotOpen, id);
        }

        var tallied = step.After(JournalEvents.VoteTallied);
        var count = VoiceStep.Parse(tallied?.Data);
        List<QuestionResult>? questions = count["questions"] is JsonArray lines
            ? [.. lines.OfType<JsonObject>().Select(q => new QuestionResult(
                VoiceData.Text(q, "id") ?? string.Empty, Label(q), VoiceData.Int(q, "yes"), VoiceData.Int(q, "no"), VoiceData.Int(q, "abstain"), VoiceData.Bool(q, "passed")))]
            : null;
        return new VoteResult(
            id, tallied?.Outcome, VoiceData.Int(count, "cast"), tallied is null ? VoiceData.Int(step.Plan, "members") : VoiceData.Int(count, "members"),
            VoiceData.Bool(count, "quorumMet"), VoiceData.Int(count, "yes"), VoiceData.Int(count, "no"), VoiceData.Int(count, "abstain"),
            tallied?.Outcome == VoteRules.Passed, questions, VoiceData.Text(count, "closedBy"), tallied?.At);
    }

    private Task<ServiceResult<VoiceStep>> FindAsync(PersonAccess access, string id, CancellationToken cancellationToken) =>
        steps.FindAsync(access, id, JournalEvents.VoteOpened, VoiceRefusals.VoteNotFound, cancellationToken);

    private async Task<VoteItem> ItemAsync(PersonAccess access, VoiceStep step, CancellationToken cancellationToken)
    {
        var (workflow, node) = await steps.NamesAsync(step, cancellationToken).ConfigureAwait(false);
        var plan = step.Plan;
        var open = step.Offers(VoteActivity.VoteAction);
        var voted = access.Person is { } person && step.Holds((state, node) => TakenPart.Voted(state, node, person.Id));
        List<BallotQuestion>? questions = plan["questions"] is JsonArray listed ? [.. listed.OfType<JsonObject>().Select(q => new BallotQuestion(VoiceData.Text(q, "id") ?? string.Empty, Label(q)))] : null;
        return new VoteItem(
            step.Id, step.InstanceId, step.NodeId, node, step.DefinitionKey, workflow, step.Agency, step.CorrelationKey, open ? VoiceState.Open : VoiceState.Closed,
            step.OpenedAt, step.OpenTask?.DueAt ?? VoiceData.Time(plan, "deadline"), VoiceData.Int(plan, "members"), VoiceData.Bool(plan, "secret"),
            VoiceData.Text(plan, "quorum"), questions, VoteConfig.Choices, open && !voted && InElectorate(access, step), voted);
    }

    /// <summary>Whether the person is in the electorate the ballot opened with: listed by id, or holding its role in the case's agency.</summary>
    private static bool InElectorate(PersonAccess access, VoiceStep step) =>
        access.Person is { } person && step.Plan["electorate"] switch
        {
            JsonArray members => members.Any(m => m?.ToString() == person.Id),
            JsonObject role => step.Agency is { } agency && VoiceData.Text(role, "role") is { } name && access.HasRole(agency, name),
            _ => false,
        };

    private static LocalizedText Label(JsonObject question) =>
        question["label"] is JsonObject label && VoiceData.Text(label, "vi") is { } vi
            ? new LocalizedText(vi, VoiceData.Text(label, "en"))
            : new LocalizedText(VoiceData.Text(question, "id") ?? string.Empty);
}
