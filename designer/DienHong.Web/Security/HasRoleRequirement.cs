using DienHong.Workflows.Organization;

namespace DienHong.Web.Security;

/// <summary>The person holds <see cref="Role"/> in the agency, or acts in it today for an absent holder.</summary>
public sealed record HasRoleRequirement(string AgencyId, string Role) : IPersonRequirement
{
    public bool IsMetBy(PersonAccess access, OrganizationDirectory organization) => access.HasRole(AgencyId, Role);
}
