using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application;

/// <summary>
/// Who may see and do what with a case (quyền với hồ sơ): a person sees the cases of the agencies where they hold a
/// role or are staff (or act for an absent colleague) and those they administer workflows for, plus any case with an
/// open task they may act on; the application's workflow administrator sees every case. Acting always needs a person:
/// an administration account acts on no case, and the system administrator sees none.
/// </summary>
public sealed class CaseAccess(OrganizationDirectory organization, IAssigneeResolver assignees, IWorkflowStore store, TimeProvider clock)
{
    /// <summary>The case with its open bookmarks when the person sees it; otherwise not found, whether it exists or not.</summary>
    public async Task<ServiceResult<LoadedInstance>> FindAsync(PersonAccess access, string instanceId, CancellationToken cancellationToken = default)
    {
        LoadedInstance? loaded;
        try
        {
            loaded = await store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }
        catch (InstanceTamperedException)
        {
            return new ServiceRefusal(RefusalKind.Conflict, RefusalCodes.InstanceTampered, instanceId);
        }

        return loaded is not null && CanSee(access, loaded.Instance.Agency, loaded.Bookmarks)
            ? loaded
            : new ServiceRefusal(RefusalKind.NotFound, RefusalCodes.InstanceNotFound, instanceId);
    }

    /// <summary>Why the account may not read cases at all, or null.</summary>
    public static ServiceRefusal? ReadsCases(PersonAccess access) =>
        access.Person is null && !access.IsWorkflowAdmin ? new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.AccountNoCases, access.UserName) : null;

    /// <summary>Why the account may not act on a case (it stands for no person), or null.</summary>
    public static ServiceRefusal? Acts(PersonAccess access) =>
        access.Person is null ? new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.AccountNoPerson, access.UserName) : null;

    /// <summary>The agencies whose cases the person sees; null when they see every case.</summary>
    public IReadOnlyList<string>? VisibleAgencies(PersonAccess access) =>
        access.IsWorkflowAdmin
            ? null
            : [.. organization.Organization.Agencies.Select(a => a.Id).Where(a => access.InAgency(a) || AdministersWorkflows(access, a))];

    /// <summary>Whether the person sees a case of <paramref name="agency"/> with these open bookmarks.</summary>
    public bool CanSee(PersonAccess access, string? agency, IEnumerable<BookmarkRecord> open) =>
        access.IsWorkflowAdmin
        || (agency is not null && (access.InAgency(agency) || AdministersWorkflows(access, agency)))
        || open.Any(b => b.Kind == BookmarkKind.Task && CanAct(access, agency, b.Assignee));

    /// <summary>Whether the person may act for a task assigned to <paramref name="assignee"/> today: the assignee, a holder of the role, or an absentee's substitute.</summary>
    public bool CanAct(PersonAccess access, string? agency, string? assignee)
    {
        if (access.Person is not { } person || assignee is null)
        {
            return false;
        }

        if (agency is null)
        {
            return assignee == "user:" + person.Id;
        }

        try
        {
            return assignees.CanAct(person.Id, assignee, agency, AssigneeResolver.LocalDay(clock.GetUtcNow()));
        }
        catch (ArgumentException)
        {
            // An assignee the organisation does not know: nobody may act for it but by reassignment.
            return false;
        }
    }

    /// <summary>The head of the agency (or who acts as head today), or a workflow administrator of it, with a person: who may cancel and reassign.</summary>
    public bool Manages(PersonAccess access, string? agency) =>
        access.Person is not null && agency is not null && (access.HasRole(agency, Roles.Head) || AdministersWorkflows(access, agency));

    /// <summary>A workflow administrator of the agency (or a superior body), or the application's.</summary>
    public bool AdministersWorkflows(PersonAccess access, string? agency) =>
        agency is null ? access.IsWorkflowAdmin : new WorkflowAdminRequirement(agency).IsMetBy(access, organization);
}
