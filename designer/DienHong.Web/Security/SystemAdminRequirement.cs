using DienHong.Workflows.Organization;

namespace DienHong.Web.Security;

/// <summary>The account runs the server (quản trị hệ thống): the application role <c>system-admin</c>.</summary>
public sealed record SystemAdminRequirement : IPersonRequirement
{
    public bool IsMetBy(PersonAccess access, OrganizationDirectory organization) => access.IsSystemAdmin;
}
