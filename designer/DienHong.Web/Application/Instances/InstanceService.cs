using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Web.Application.Launch;
using DienHong.Web.Application.Tasks;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Application.Instances;

/// <summary>
/// Cases (hồ sơ) for the signed-in person: start a published workflow in one of their agencies (holding one of its
/// <c>starters</c> roles there, giving only its inputs), list the cases they
/// see, read one with its variables, open tasks and incidents, cancel one (the head or a workflow administrator of
/// its agency) and retry one after an incident (a workflow administrator). The acting person is the signed-in one.
/// </summary>
public sealed class InstanceService(
    WorkflowEngine engine,
    IWorkflowStore store,
    IInstanceQueries queries,
    CaseAccess cases,
    DefinitionLookup definitions,
    TaskViews views,
    TimeProvider clock)
{
    public async Task<ServiceResult<InstanceDetail>> StartAsync(PersonAccess access, StartInstance request, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        if (request.Agency is not { } agency || !access.InAgency(agency))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.StartDenied, request.Agency);
        }

        var key = request.Workflow ?? string.Empty;
        if (await store.FindVersionAsync(key, request.Version, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return new ServiceRefusal(RefusalKind.NotFound, RefusalCodes.DefinitionNotFound, request.Version is { } v ? $"{key} v{v}" : key);
        }

        var definition = await definitions.GetAsync(version.Id, cancellationToken).ConfigureAwait(false);
        if (definition is { Starters: { } starters } && !LaunchService.MayStart(definition, access.In(agency)!))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, LaunchRefusals.StarterRole, key, string.Join(", ", starters), agency);
        }

        // The engine checks the declared variables' presence and types and refuses what is no input; a name it does
        // not declare is a typing mistake the case would carry silently.
        var declared = definition?.Variables ?? [];
        foreach (var name in request.Input?.Select(p => p.Key) ?? [])
        {
            if (declared.FirstOrDefault(d => d.Name == name) is not { } variable)
            {
                return new ServiceRefusal(RefusalKind.Invalid, AppRefusals.VariableUnknown, name, key, string.Join(", ", declared.Select(d => d.Name)));
            }

            if (!definition!.AcceptsInput(variable))
            {
                return new ServiceRefusal(RefusalKind.Invalid, RefusalCodes.VariableNotInput, name);
            }
        }

        var result = await engine.StartAsync(new StartRequest
        {
            DefinitionId = version.Id,
            Agency = agency,
            CorrelationKey = string.IsNullOrWhiteSpace(request.CorrelationKey) ? null : request.CorrelationKey,
            Input = request.Input,
            Actor = access.Person!.Id,
        }, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? await GetAsync(access, result.InstanceId!, cancellationToken).ConfigureAwait(false) : ServiceRefusal.Of(result);
    }

    /// <summary>The cases the person sees (of their agencies; every case for the application's workflow administrator), newest first.</summary>
    public async Task<ServiceResult<PageResult<InstanceSummary>>> ListAsync(PersonAccess access, InstanceFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        if ((CaseAccess.ReadsCases(access) ?? page.Problem ?? (filter.Mine == true ? CaseAccess.Acts(access) : null)) is { } refused)
        {
            return refused;
        }

        var visible = cases.VisibleAgencies(access);
        if (filter.Agency is { } only && visible?.Contains(only) == false)
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.AgencyNotVisible, only);
        }

        IReadOnlyList<string?> agencies = filter.Agency is not null ? [filter.Agency] : visible is null ? [null] : [.. visible];
        var query = new InstanceQuery
        {
            DefinitionKey = filter.Workflow,
            Status = filter.Status,
            CorrelationPrefix = filter.CorrelationPrefix,
            OverdueAt = filter.Overdue == true ? clock.GetUtcNow() : null,
            Involving = filter.Mine == true ? new Involvement(access.Person!.Id, [Assignee.ForUser(access.Person.Id)]) : null,
        };
        try
        {
            var found = await MergedPages.ReadAsync<InstanceSummary>(
                [.. agencies.Select(a => (MergedPages.Query<InstanceSummary>)((after, size) => queries.ListAsync(query with { Agency = a, PageSize = size, After = after }, cancellationToken)))],
                NewestFirst.Instance,
                page.Size,
                page.After).ConfigureAwait(false);
            return new PageResult<InstanceSummary>(found.Items, found.Total, found.Next);
        }
        catch (ArgumentException)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AppRefusals.PageCursor, page.After);
        }
    }

    public async Task<ServiceResult<InstanceDetail>> GetAsync(PersonAccess access, string instanceId, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.ReadsCases(access) is { } refused)
        {
            return refused;
        }

        var found = await cases.FindAsync(access, instanceId, cancellationToken).ConfigureAwait(false);
        return found.Succeeded ? await DetailAsync(found.Value, cancellationToken).ConfigureAwait(false) : found.Refusal;
    }

    /// <summary>Cancels a case (hủy hồ sơ) with a reason: the head of its agency or a workflow administrator of it.</summary>
    public Task<ServiceResult<InstanceDetail>> CancelAsync(PersonAccess access, string instanceId, string? reason, CancellationToken cancellationToken = default) =>
        OperateAsync(access, instanceId, cases.Manages, AppRefusals.CancelDenied, person => engine.CancelAsync(instanceId, reason, person, cancellationToken), cancellationToken);

    /// <summary>Runs again what an incident stopped (chạy lại): a workflow administrator of the case's agency.</summary>
    public Task<ServiceResult<InstanceDetail>> RetryAsync(PersonAccess access, string instanceId, CancellationToken cancellationToken = default) =>
        OperateAsync(access, instanceId, cases.AdministersWorkflows, AppRefusals.RetryDenied, person => engine.RetryAsync(instanceId, person, cancellationToken), cancellationToken);

    private async Task<ServiceResult<InstanceDetail>> OperateAsync(
        PersonAccess access, string instanceId, Func<PersonAccess, string?, bool> allowed, MessageCode denied, Func<string, Task<RunResult>> run, CancellationToken cancellationToken)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var found = await cases.FindAsync(access, instanceId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        if (!allowed(access, found.Value.Instance.Agency))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, denied, instanceId);
        }

        var result = await run(access.Person!.Id).ConfigureAwait(false);
        return result.Succeeded ? await GetAsync(access, instanceId, cancellationToken).ConfigureAwait(false) : ServiceRefusal.Of(result);
    }

    private async Task<InstanceDetail> DetailAsync(LoadedInstance loaded, CancellationToken cancellationToken)
    {
        var i = loaded.Instance;
        var definition = await definitions.GetAsync(i.DefinitionId, cancellationToken).ConfigureAwait(false);
        var incidents = await queries.IncidentsAsync(i.Id, cancellationToken).ConfigureAwait(false);
        using var variables = JsonDocument.Parse(i.Variables);
        return new InstanceDetail(
            i.Id, i.DefinitionKey, i.DefinitionVersion, definition?.Name ?? new LocalizedText(i.DefinitionKey), i.Status, i.Outcome, i.CorrelationKey, i.Agency,
            i.CreatedAt, i.UpdatedAt, i.CompletedAt, variables.RootElement.Clone(),
            await views.OpenTasksAsync(i, loaded.Bookmarks, cancellationToken).ConfigureAwait(false),
            [.. incidents.Select(x => new IncidentItem(x.Id, x.NodeId, x.Code, x.Message, x.At))])
        {
            OpenNodes = [.. loaded.Bookmarks.Select(b => b.NodeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>The case list's order, the store's: newest first, then by id, descending.</summary>
    private sealed class NewestFirst : IComparer<InstanceSummary>
    {
        public static readonly NewestFirst Instance = new();

        public int Compare(InstanceSummary? x, InstanceSummary? y)
        {
            var created = y!.CreatedAt.CompareTo(x!.CreatedAt);
            return created != 0 ? created : string.CompareOrdinal(y.Id, x.Id);
        }
    }
}
