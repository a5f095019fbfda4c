using DienHong.Engine.Storage;
using DienHong.Web.Application.Instances;
using DienHong.Web.Security;

namespace DienHong.Web.Application.Cases;

/// <summary>
/// The case page's reads (xem hồ sơ) for the signed-in person, through the same services as the API (so the same
/// visibility rules): the case, its definition, its journal and its verification, and what the person may do with it.
/// </summary>
public sealed class CaseService(InstanceService instances, JournalService journal, IWorkflowStore store, DefinitionLookup definitions, CaseAccess cases)
{
    public async Task<ServiceResult<CaseView>> GetAsync(PersonAccess access, string instanceId, CancellationToken cancellationToken = default)
    {
        var found = await instances.GetAsync(access, instanceId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var entries = new List<JournalItem>();
        string? after = null;
        do
        {
            var page = await journal.ReadAsync(access, instanceId, new PageRequest(PageRequest.Max, after), cancellationToken).ConfigureAwait(false);
            if (!page.Succeeded)
            {
                return page.Refusal;
            }

            entries.AddRange(page.Value.Items);
            after = page.Value.Next;
        }
        while (after is not null);

        var check = await journal.VerifyAsync(access, instanceId, cancellationToken).ConfigureAwait(false);
        if (!check.Succeeded)
        {
            return check.Refusal;
        }

        var detail = found.Value;
        var version = await store.FindVersionAsync(detail.WorkflowKey, detail.WorkflowVersion, cancellationToken).ConfigureAwait(false);
        var definition = version is null ? null : await definitions.GetAsync(version.Id, cancellationToken).ConfigureAwait(false);
        var person = access.Person is not null;
        var open = detail.Status is InstanceStatus.Running or InstanceStatus.Suspended or InstanceStatus.Faulted;
        return new CaseView(
            detail,
            definition,
            entries,
            check.Value,
            person && open && cases.Manages(access, detail.Agency),
            person && detail.Status == InstanceStatus.Faulted && cases.AdministersWorkflows(access, detail.Agency));
    }
}
