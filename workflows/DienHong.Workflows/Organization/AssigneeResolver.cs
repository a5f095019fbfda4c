using DienHong.Calendar;

namespace DienHong.Workflows.Organization;

/// <summary>
/// Resolves task assignees (xác định người thực hiện) against an <see cref="IOrganizationDirectory"/>:
/// <c>role:r</c> is the role in the instance's agency, <c>role:r@agency</c> in another agency, <c>user:id</c> a
/// named person; each absent person is replaced by whoever acts for them that day.
/// </summary>
public sealed class AssigneeResolver(IOrganizationDirectory directory) : IAssigneeResolver
{
    public IReadOnlyList<string> Resolve(string assignee, string agencyId, DateOnly day)
    {
        var (kind, value, agency) = Parse(assignee, agencyId);
        if (kind == "user")
        {
            return [directory.ActingFor(value, day)];
        }

        return directory.InRole(agency, value, day).Select(p => p.Id).ToList();
    }

    public IReadOnlyList<string> Resolve(string assignee, string agencyId, DateTimeOffset at) =>
        Resolve(assignee, agencyId, LocalDay(at));

    public bool CanAct(string personId, string assignee, string agencyId, DateOnly day)
    {
        var (kind, value, agency) = Parse(assignee, agencyId);
        var standing = kind == "user" ? value == personId : directory.HasRole(personId, agency, value);
        return standing || Resolve(assignee, agencyId, day).Contains(personId);
    }

    /// <summary>The local date in Vietnam of an instant (the day a role or substitution is looked up for).</summary>
    public static DateOnly LocalDay(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, WorkingCalendar.VietnamTimeZone).DateTime);

    private (string Kind, string Value, string Agency) Parse(string assignee, string agencyId)
    {
        var colon = assignee.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? assignee[..colon] : string.Empty;
        var value = colon > 0 ? assignee[(colon + 1)..] : string.Empty;
        if (kind == "user")
        {
            return directory.FindPerson(value) is null
                ? throw new ArgumentException($"Assignee '{assignee}': no person '{value}' in the organisation.", nameof(assignee))
                : (kind, value, agencyId);
        }

        if (kind != "role" || value.Length == 0)
        {
            throw new ArgumentException($"Assignee '{assignee}' is neither 'role:<role>[@<agency>]' nor 'user:<person id>'.", nameof(assignee));
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        var (role, agency) = at >= 0 ? (value[..at], value[(at + 1)..]) : (value, agencyId);
        if (!Roles.All.Contains(role))
        {
            throw new ArgumentException($"Assignee '{assignee}': unknown role '{role}'; the roles are {string.Join(", ", Roles.All)}.", nameof(assignee));
        }

        return directory.FindAgency(agency) is null
            ? throw new ArgumentException($"Assignee '{assignee}': no agency '{agency}' in the organisation.", nameof(assignee))
            : (kind, role, agency);
    }
}
