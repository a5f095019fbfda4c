using System.Globalization;
using DienHong.Web.Components.Inbox;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Components.Cases;

/// <summary>Who a task is for, in words (người được giao): a person by name, a role by its name and its agency's.</summary>
public static class AssigneeText
{
    private const string UserPrefix = "user:";
    private const string RolePrefix = "role:";

    public static string? Describe(string? assignee, string? agency, OrganizationDirectory organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (assignee is null)
        {
            return null;
        }

        if (assignee.StartsWith(UserPrefix, StringComparison.Ordinal))
        {
            var id = assignee[UserPrefix.Length..];
            return organization.FindPerson(id)?.FullName ?? id;
        }

        if (!assignee.StartsWith(RolePrefix, StringComparison.Ordinal))
        {
            return assignee;
        }

        // A role named with its agency (head@van-phong) is in that agency; otherwise in the case's.
        var role = assignee[RolePrefix.Length..].Split('@', 2);
        var where = role.Length > 1 ? role[1] : agency;
        var agencyName = where is null ? null : organization.FindAgency(where)?.Name.For(CultureInfo.CurrentUICulture.Name) ?? where;
        return agencyName is null ? InboxLabels.Role(role[0]) : $"{InboxLabels.Role(role[0])}, {agencyName}";
    }
}
