using DienHong.Workflows.Organization;
using Microsoft.AspNetCore.Authorization;

namespace DienHong.Web.Security;

/// <summary>A requirement decided by what the signed-in person may do (<see cref="PersonAccess"/>).</summary>
public interface IPersonRequirement : IAuthorizationRequirement
{
    bool IsMetBy(PersonAccess access, OrganizationDirectory organization);
}
