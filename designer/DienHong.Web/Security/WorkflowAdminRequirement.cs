using DienHong.Workflows.Organization;

namespace DienHong.Web.Security;

/// <summary>
/// The person maintains workflow definitions (quản trị quy trình) for the agency, or for any agency when
/// <see cref="AgencyId"/> is null: the application role <c>workflow-admin</c> (the whole district), or the
/// organisation role <c>workflow-admin</c> in the agency or in one of its superior bodies.
/// </summary>
public sealed record WorkflowAdminRequirement(string? AgencyId) : IPersonRequirement
{
    public bool IsMetBy(PersonAccess access, OrganizationDirectory organization)
    {
        if (access.IsWorkflowAdmin)
        {
            return true;
        }

        if (AgencyId is null)
        {
            return access.Agencies.Any(a => a.Has(Roles.WorkflowAdmin));
        }

        for (var agency = organization.FindAgency(AgencyId); agency is not null; agency = organization.Superior(agency.Id))
        {
            if (access.HasRole(agency.Id, Roles.WorkflowAdmin))
            {
                return true;
            }
        }

        return false;
    }
}
