using DienHong.Calendar;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Application.Voices;

/// <summary>
/// What consultations and ballots share (phần chung): the list of a kind in the agencies a person sees, one read by
/// id with the journal of its node, the names of its step, and the activity's action sent as the signed-in person.
/// </summary>
public sealed class VoiceSteps(ITaskQueries queries, IJournalReader journal, CaseAccess cases, DefinitionLookup definitions, WorkflowEngine engine)
{
    private const int JournalChunk = 200;

    /// <summary>Refused as invalid by the engine, yet about the state of the consultation or ballot, or about who sends it.</summary>
    private static readonly Dictionary<string, RefusalKind> Kinds = new(StringComparer.Ordinal)
    {
        [ActivityRefusals.AlreadyVoted.Value] = RefusalKind.Conflict,
        [ActivityRefusals.ReplaceAnonymous.Value] = RefusalKind.Conflict,
        [ActivityRefusals.ReplaceNamed.Value] = RefusalKind.Conflict,
        [ActivityRefusals.ConsultationClosed.Value] = RefusalKind.Conflict,
        [ActivityRefusals.VoteFull.Value] = RefusalKind.Conflict,
        [ActivityRefusals.NotInElectorate.Value] = RefusalKind.Forbidden,
    };

    /// <summary>The consultations or ballots opened by <paramref name="openedEvent"/> in the agencies the person sees (or in <paramref name="agency"/>), newest first, each as <paramref name="view"/> shows it.</summary>
    public async Task<ServiceResult<PageResult<T>>> ListAsync<T>(
        PersonAccess access, string openedEvent, string? agency, VoiceFilter? state, PageRequest page, Func<VoiceStep, Task<T>> view, CancellationToken cancellationToken)
    {
        if ((CaseAccess.ReadsCases(access) ?? page.Problem) is { } refused)
        {
            return refused;
        }

        var visible = cases.VisibleAgencies(access);
        if (agency is not null && visible?.Contains(agency) == false)
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.AgencyNotVisible, agency);
        }

        var agencies = agency is not null ? [agency] : visible;
        Page<StepRun> found;
        try
        {
            found = await queries.StepRunsAsync(
                new StepRunQuery([openedEvent], agencies, state is null ? null : state == VoiceFilter.Open, page.Size, page.After), cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AppRefusals.PageCursor, page.After);
        }

        var items = new List<T>(found.Items.Count);
        foreach (var run in found.Items)
        {
            items.Add(await view(VoiceStep.Of(run)).ConfigureAwait(false));
        }

        return new PageResult<T>(items, found.Total, found.Next);
    }

    /// <summary>The consultation or ballot <paramref name="id"/> with the later entries of its node; not found unless the person sees its case.</summary>
    public async Task<ServiceResult<VoiceStep>> FindAsync(PersonAccess access, string id, string openedEvent, MessageCode notFound, CancellationToken cancellationToken)
    {
        var missing = new ServiceRefusal(RefusalKind.NotFound, notFound, id);
        if (CaseAccess.ReadsCases(access) is { } refused)
        {
            return refused;
        }

        if (!VoiceId.TryParse(id, out var instanceId, out var seq))
        {
            return missing;
        }

        var found = await cases.FindAsync(access, instanceId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal.Kind == RefusalKind.NotFound ? missing : found.Refusal;
        }

        var first = await journal.ReadAsync(instanceId, seq - 1, 1, cancellationToken).ConfigureAwait(false);
        if (first is not [{ NodeId: { } node } opened] || opened.Event != openedEvent)
        {
            return missing;
        }

        // The entries of this run of the node: up to the next opening of the same node, if it ran again.
        var later = new List<JournalEntry>();
        var rerun = false;
        for (var after = seq; !rerun;)
        {
            var chunk = await journal.ReadAsync(instanceId, after, JournalChunk, cancellationToken).ConfigureAwait(false);
            foreach (var entry in chunk.Where(e => e.NodeId == node))
            {
                rerun |= entry.Event == openedEvent;
                if (!rerun)
                {
                    later.Add(entry);
                }
            }

            if (chunk.Count < JournalChunk)
            {
                break;
            }

            after = chunk[^1].Seq;
        }

        var loaded = found.Value;
        var open = rerun ? null : loaded.Bookmarks.Where(b => b.NodeId == node && b.Kind == BookmarkKind.Task).MinBy(b => b.Id, StringComparer.Ordinal);
        var instance = loaded.Instance;
        return new VoiceStep(id, instanceId, node, instance.DefinitionId, instance.DefinitionKey, instance.Agency, instance.CorrelationKey, opened.At,
            VoiceStep.Parse(opened.Data), open, later, open is null ? null : instance.State);
    }

    /// <summary>The workflow's and the step's names, from the case's definition.</summary>
    public async ValueTask<(LocalizedText Workflow, LocalizedText Step)> NamesAsync(VoiceStep step, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(step.DefinitionId, cancellationToken).ConfigureAwait(false);
        return (definition?.Name ?? new LocalizedText(step.DefinitionKey), definition?.FindNode(step.NodeId)?.Name ?? new LocalizedText(step.NodeId));
    }

    /// <summary>Sends the activity's action as the signed-in person; a refusal of the engine with the kind its code calls for.</summary>
    public async Task<ServiceRefusal?> ActAsync(VoiceStep step, ResumeInput input, MessageCode ended, CancellationToken cancellationToken)
    {
        var result = await engine.ResumeAsync(step.OpenTask!.Id, input, step.InstanceId, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return null;
        }

        if (result.Status == RunStatus.AlreadyConsumed)
        {
            return new ServiceRefusal(RefusalKind.Conflict, ended, step.Id);
        }

        var refusal = ServiceRefusal.Of(result);
        return Kinds.TryGetValue(refusal.Code.Value, out var kind) ? refusal with { Kind = kind } : refusal;
    }
}
