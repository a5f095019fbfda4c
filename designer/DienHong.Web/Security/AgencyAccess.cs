using DienHong.Workflows.Organization;

namespace DienHong.Web.Security;

/// <summary>
/// What a person may do in one agency (quyền tại một cơ quan, đơn vị): the roles they hold there (<c>staff</c> when
/// they belong to it), and the roles they act in today for someone absent (người được phân công thay thế).
/// </summary>
public sealed record AgencyAccess(Agency Agency, IReadOnlyList<string> Roles, IReadOnlyList<ActingRole> Acting)
{
    /// <summary>Whether the person holds <paramref name="role"/> here, or acts in it today for someone absent.</summary>
    public bool Has(string role) => Roles.Contains(role) || Acting.Any(a => a.Role == role);
}
