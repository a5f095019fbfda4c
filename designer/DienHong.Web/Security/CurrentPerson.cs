using System.Security.Claims;
using DienHong.Calendar;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Security;

/// <summary>
/// Resolves the signed-in person (người đang đăng nhập) from the account's claims and the organisation model: their
/// agencies (where they hold a role or are staff), the roles per agency, the roles they act in today for an absent
/// holder, and the application roles. Pages read the principal from the authentication state, endpoints from the
/// request; both resolve it here, so the answer is the same.
/// </summary>
public sealed class CurrentPerson(OrganizationDirectory organization, TimeProvider clock)
{
    public PersonAccess Resolve(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity)
        {
            return PersonAccess.Anonymous;
        }

        var person = user.FindFirst(DienHongClaims.Person)?.Value is { Length: > 0 } id ? organization.FindPerson(id) : null;
        return new PersonAccess(
            identity.Name ?? string.Empty,
            person,
            person is null ? [] : AgenciesOf(person),
            user.IsInRole(DienHongClaims.WorkflowAdmin),
            user.IsInRole(DienHongClaims.SystemAdmin));
    }

    private List<AgencyAccess> AgenciesOf(Person person)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WorkingCalendar.VietnamTimeZone).DateTime);
        var own = organization.AssignmentsOf(person.Id).ToLookup(a => a.AgencyId, a => a.Role);
        var acting = organization.ActingRolesOf(person.Id, today).ToLookup(r => r.AgencyId, r => new ActingRole(r.Role, r.PersonId));
        return own.Select(g => g.Key).Union(acting.Select(g => g.Key))
            .Select(organization.FindAgency)
            .OfType<Agency>()
            .OrderBy(a => a.Id == person.AgencyId ? 0 : 1)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new AgencyAccess(a, Ordered(own[a.Id]), acting[a.Id].Distinct().ToList()))
            .ToList();
    }

    private static List<string> Ordered(IEnumerable<string> roles) =>
        [.. roles.Distinct().OrderBy(r => Roles.All.ToList().IndexOf(r) is var i and >= 0 ? i : int.MaxValue)];
}
