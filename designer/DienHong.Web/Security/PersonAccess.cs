using DienHong.Workflows.Organization;

namespace DienHong.Web.Security;

/// <summary>
/// Who is signed in and where they may act (người đang đăng nhập): the account, the person of the organisation model
/// (none for an administration account), their agencies with roles, and the application roles. An account never
/// stands for the system: every action is the person's.
/// </summary>
public sealed record PersonAccess(
    string? UserName,
    Person? Person,
    IReadOnlyList<AgencyAccess> Agencies,
    bool IsWorkflowAdmin,
    bool IsSystemAdmin)
{
    /// <summary>Nobody signed in.</summary>
    public static PersonAccess Anonymous { get; } = new(null, null, [], false, false);

    public bool IsSignedIn => UserName is not null;

    /// <summary>The agency the person belongs to (đơn vị công tác), when they have one.</summary>
    public AgencyAccess? HomeAgency => Person is null ? null : Agencies.FirstOrDefault(a => a.Agency.Id == Person.AgencyId);

    public AgencyAccess? In(string agencyId) => Agencies.FirstOrDefault(a => a.Agency.Id == agencyId);

    /// <summary>Whether the person holds a role or is on the staff in the agency.</summary>
    public bool InAgency(string agencyId) => In(agencyId) is not null;

    public bool HasRole(string agencyId, string role) => In(agencyId)?.Has(role) == true;
}
