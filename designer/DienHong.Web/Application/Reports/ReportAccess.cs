using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Reports;

/// <summary>
/// Who may read which agency's report (quyền xem báo cáo): in the agency, its head, the union chair, HR and the
/// People's Inspection Board (who run and oversee grassroots democracy there), each also when acting for an absent
/// holder today; a workflow administrator of the agency or of a superior body; the application's workflow
/// administrator, every agency. Staff without one of these roles see no report (the figures are a management view;
/// each case stays visible to them), nor does the system administrator, who runs the server and sees no case.
/// </summary>
public sealed class ReportAccess(OrganizationDirectory organization, CaseAccess cases)
{
    private static readonly string[] ReportingRoles = [Roles.Head, Roles.UnionChair, Roles.Hr, Roles.InspectionBoard];

    /// <summary>The agencies whose report the person may read, in the organisation's order.</summary>
    public IReadOnlyList<Agency> Agencies(PersonAccess access) =>
        [.. organization.Organization.Agencies.Where(a => MayRead(access, a.Id))];

    public bool MayRead(PersonAccess access, string agency) =>
        access.IsWorkflowAdmin
        || (access.Person is not null && (ReportingRoles.Any(role => access.HasRole(agency, role)) || cases.AdministersWorkflows(access, agency)));
}
