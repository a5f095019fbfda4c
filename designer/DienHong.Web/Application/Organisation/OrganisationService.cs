using System.Globalization;
using DienHong.Calendar;
using DienHong.Web.Application.Launch;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Organisation;

/// <summary>
/// The organisation as the signed-in person sees it (tổ chức): their agencies, the people of those agencies found by
/// name and the roles there. The organisation is the server's file, read at start: this service only reads it
/// (substitutions recorded while the server runs are <see cref="SubstitutionService"/>'s).
/// </summary>
public sealed class OrganisationService(OrganizationDirectory organization, TimeProvider clock)
{
    private static readonly CompareInfo Compare = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;

    /// <summary>The agencies where the person holds a role, is on the staff or acts for someone absent.</summary>
    public ServiceResult<AgencyItem[]> Agencies(PersonAccess access) =>
        Refused(access) is { } refused
            ? refused
            : access.Agencies.Select(a => new AgencyItem(a.Agency.Id, a.Agency.Name, a.Agency.SuperiorId, a.Agency.Kind, a.Agency.StaffCount, a.Roles, [.. a.Acting.Select(r => r.Role).Distinct()])).ToArray();

    /// <summary>
    /// The people of the agencies the person sees (or of <paramref name="agency"/>, one of them) whose name or id holds
    /// <paramref name="query"/>, ignoring case and diacritics ("nguyen" finds "Nguyễn"), by name; paged by position.
    /// </summary>
    public ServiceResult<PageResult<PersonItem>> People(PersonAccess access, string? agency, string? query, PageRequest page)
    {
        if ((Refused(access) ?? page.Problem) is { } refused)
        {
            return refused;
        }

        if (agency is not null && !access.InAgency(agency))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.AgencyNotVisible, agency);
        }

        var offset = 0;
        if (page.After is { } cursor && !int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return new ServiceRefusal(RefusalKind.Invalid, AppRefusals.PageCursor, cursor);
        }

        var agencies = agency is not null ? new HashSet<string>(StringComparer.Ordinal) { agency } : access.Agencies.Select(a => a.Agency.Id).ToHashSet(StringComparer.Ordinal);
        var text = query?.Trim() ?? string.Empty;
        var found = organization.Organization.People
            .Where(p => agencies.Contains(p.AgencyId) && (text.Length == 0 || Holds(p.FullName, text) || Holds(p.Id, text)))
            .OrderBy(p => p.FullName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var shown = found.Skip(offset).Take(page.Size).Select(Item).ToList();
        var next = offset + shown.Count;
        return new PageResult<PersonItem>(shown, found.Count, next < found.Count ? next.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>The roles of an agency the person sees, each with its holders and who acts in it today.</summary>
    public ServiceResult<RoleItem[]> Roles(PersonAccess access, string? agency)
    {
        if (Visible(access, agency) is { } refused)
        {
            return refused;
        }

        var today = Today();
        return organization.Organization.Roles
            .Where(r => r.AgencyId == agency)
            .GroupBy(r => r.Role)
            .OrderBy(g => Workflows.Organization.Roles.All.ToList().IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue)
            .Select(g =>
            {
                var holders = g.Select(r => organization.FindPerson(r.PersonId)).OfType<Person>().ToList();
                var acting = organization.InRole(agency!, g.Key, today).Where(p => !holders.Contains(p));
                return new RoleItem(g.Key, [.. holders.Select(Item)], [.. acting.Select(Item)]);
            })
            .ToArray();
    }

    /// <summary>A person by id, when they are on the staff of an agency the person sees.</summary>
    public PersonItem? Find(PersonAccess access, string personId) =>
        organization.FindPerson(personId) is { } p && access.InAgency(p.AgencyId) ? Item(p) : null;

    internal static PersonItem Item(Person p) => new(p.Id, p.FullName, p.AgencyId, p.UnitId, p.JobPosition);

    private static bool Holds(string value, string text) => Compare.IndexOf(value, text, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    private static ServiceRefusal? Refused(PersonAccess access) => CaseAccess.Acts(access);

    /// <summary>Why the person may not ask about <paramref name="agency"/> (none named, or not one of theirs), or null.</summary>
    internal static ServiceRefusal? Visible(PersonAccess access, string? agency) =>
        Refused(access) ?? agency switch
        {
            null or "" => new ServiceRefusal(RefusalKind.Invalid, LaunchRefusals.AgencyRequired),
            _ when !access.InAgency(agency) => new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.AgencyNotVisible, agency),
            _ => null,
        };

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WorkingCalendar.VietnamTimeZone).DateTime);
}
