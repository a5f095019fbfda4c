using DienHong.Web.Application.Organisation;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>
/// What an assignee editor offers (lựa chọn người thực hiện): the roles of the organisation model, the agency's first
/// (with their holders when the person sees that agency), and people found by name ignoring diacritics, as the launch
/// page finds them. A definition may name a role nobody holds yet in one agency: every known role is offered.
/// </summary>
public sealed class AssigneeChoices(OrganizationDirectory organization, OrganisationService people)
{
    /// <summary>People offered per search: enough to find someone by a part of the name.</summary>
    public const int PeopleShown = 20;

    public IReadOnlyList<RoleChoice> Roles(PersonAccess access, string? agency)
    {
        ArgumentNullException.ThrowIfNull(access);
        var visible = agency is not null && access.InAgency(agency);
        var held = organization.Organization.Roles.Where(r => agency is null || r.AgencyId == agency).Select(r => r.Role);
        return Workflows.Organization.Roles.All.Union(held)
            .Select(role => new RoleChoice(role, visible ? Holders(agency!, role) : []))
            .ToList();
    }

    /// <summary>People of the agency (or, when the person does not see it, of their own agencies) whose name or id holds <paramref name="query"/>.</summary>
    public IReadOnlyList<PersonItem> People(PersonAccess access, string? agency, string? query)
    {
        ArgumentNullException.ThrowIfNull(access);
        var scope = agency is not null && access.InAgency(agency) ? agency : null;
        return people.People(access, scope, query, new PageRequest(PeopleShown)).Value?.Items ?? [];
    }

    private List<PersonItem> Holders(string agency, string role) =>
        [.. organization.Organization.Roles
            .Where(r => r.AgencyId == agency && r.Role == role)
            .Select(r => organization.FindPerson(r.PersonId))
            .OfType<Person>()
            .Select(p => new PersonItem(p.Id, p.FullName, p.AgencyId, p.UnitId, p.JobPosition))];
}
