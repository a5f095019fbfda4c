using DienHong.Workflows.Organization;

namespace DienHong.Web.Security;

/// <summary>The person holds a role or is staff in the agency (thuộc cơ quan, đơn vị).</summary>
public sealed record InAgencyRequirement(string AgencyId) : IPersonRequirement
{
    public bool IsMetBy(PersonAccess access, OrganizationDirectory organization) => access.InAgency(AgencyId);
}
