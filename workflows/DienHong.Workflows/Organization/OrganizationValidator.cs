using System.Globalization;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Organization;

/// <summary>
/// Checks an organisation (kiểm tra tổ chức): unique ids, every reference known (superior body, unit, agency, role
/// holder, substitute), no cycle of superior bodies, known kinds and roles, staff counts equal to the people listed,
/// substitution windows with <c>To</c> not before <c>From</c> and not overlapping for one person.
/// </summary>
public static class OrganizationValidator
{
    /// <summary>The problems found, each naming the item and the rule; empty when the organisation is valid.</summary>
    public static IReadOnlyList<string> Validate(Organization organization)
    {
        var problems = new List<string>();
        var agencies = Unique(organization.Agencies, a => a.Id, OrganizationMessages.NounAgency, problems);
        CheckAgencies(organization, agencies, problems);
        var units = Unique(organization.Units, u => u.Id, OrganizationMessages.NounUnit, problems);
        foreach (var unit in organization.Units.Where(u => !agencies.ContainsKey(u.AgencyId)))
        {
            problems.Add(Text.Format(OrganizationMessages.UnknownAgency, Text.Format(OrganizationMessages.ItemUnit, unit.Id), unit.AgencyId));
        }

        var people = Unique(organization.People, p => p.Id, OrganizationMessages.NounPerson, problems);
        CheckPeople(organization, agencies, units, problems);
        CheckRoles(organization, agencies, people, problems);
        CheckSubstitutions(organization, people, problems);
        return problems;
    }

    /// <summary>Throws <see cref="OrganizationFormatException"/> naming <paramref name="fileName"/> when the organisation is invalid.</summary>
    public static void ThrowIfInvalid(Organization organization, string fileName)
    {
        var problems = Validate(organization);
        if (problems.Count > 0)
        {
            throw new OrganizationFormatException(fileName, problems);
        }
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> id, string what, List<string> problems)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items)
        {
            var key = id(item);
            if (string.IsNullOrWhiteSpace(key))
            {
                problems.Add(Text.Format(OrganizationMessages.MissingId, what, index + 1));
            }
            else if (!byId.TryAdd(key, item))
            {
                problems.Add(Text.Format(OrganizationMessages.DuplicateId, what, key));
            }

            index++;
        }

        return byId;
    }

    private static void CheckAgencies(Organization organization, Dictionary<string, Agency> agencies, List<string> problems)
    {
        var staff = organization.People.GroupBy(p => p.AgencyId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var agency in organization.Agencies)
        {
            string Name() => Text.Format(OrganizationMessages.ItemAgency, agency.Id);
            if (string.IsNullOrWhiteSpace(agency.Name?.Vi))
            {
                problems.Add(Text.Format(OrganizationMessages.MissingName, Name()));
            }

            if (!AgencyKinds.All.Contains(agency.Kind))
            {
                problems.Add(Text.Format(OrganizationMessages.UnknownKind, Name(), agency.Kind, string.Join(", ", AgencyKinds.All)));
            }

            if (agency.SuperiorId is { } superior && !agencies.ContainsKey(superior))
            {
                problems.Add(Text.Format(OrganizationMessages.UnknownSuperior, Name(), superior));
            }

            var listed = staff.GetValueOrDefault(agency.Id);
            if (agency.StaffCount != listed)
            {
                problems.Add(Text.Format(OrganizationMessages.StaffCountMismatch, Name(), agency.StaffCount, listed, agency.Id));
            }
        }

        foreach (var agency in organization.Agencies)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { agency.Id };
            for (var up = agency.SuperiorId; up is not null && agencies.TryGetValue(up, out var next); up = next.SuperiorId)
            {
                if (!seen.Add(up))
                {
                    problems.Add(Text.Format(OrganizationMessages.SuperiorCycle, Text.Format(OrganizationMessages.ItemAgency, agency.Id), up));
                    break;
                }
            }
        }
    }

    private static void CheckPeople(Organization organization, Dictionary<string, Agency> agencies, Dictionary<string, OrgUnit> units, List<string> problems)
    {
        foreach (var person in organization.People)
        {
            // Named only for a problem: a start validates every person of a thousand agencies, twice.
            string Name() => Text.Format(OrganizationMessages.ItemPerson, person.Id);
            if (string.IsNullOrWhiteSpace(person.FullName))
            {
                problems.Add(Text.Format(OrganizationMessages.MissingFullName, Name()));
            }

            if (string.IsNullOrWhiteSpace(person.AgencyId))
            {
                problems.Add(Text.Format(OrganizationMessages.NoAgency, Name()));
            }
            else if (!agencies.ContainsKey(person.AgencyId))
            {
                problems.Add(Text.Format(OrganizationMessages.UnknownAgency, Name(), person.AgencyId));
            }

            if (person.UnitId is { } unitId)
            {
                if (!units.TryGetValue(unitId, out var unit))
                {
                    problems.Add(Text.Format(OrganizationMessages.UnknownUnit, Name(), unitId));
                }
                else if (unit.AgencyId != person.AgencyId)
                {
                    problems.Add(Text.Format(OrganizationMessages.UnitOtherAgency, Name(), unitId, unit.AgencyId, person.AgencyId));
                }
            }

            if (person.SalaryStep is < 1)
            {
                problems.Add(Text.Format(OrganizationMessages.SalaryStep, Name(), person.SalaryStep));
            }

            if (person.Email is { } email && (email.IndexOf('@', StringComparison.Ordinal) is var at && (at < 1 || at == email.Length - 1)))
            {
                problems.Add(Text.Format(OrganizationMessages.NotEmail, Name(), email));
            }
        }
    }

    private static void CheckRoles(Organization organization, Dictionary<string, Agency> agencies, Dictionary<string, Person> people, List<string> problems)
    {
        var seen = new HashSet<RoleAssignment>();
        foreach (var assignment in organization.Roles)
        {
            string Name() => Text.Format(OrganizationMessages.ItemRole, assignment.AgencyId, assignment.Role);
            if (!agencies.ContainsKey(assignment.AgencyId))
            {
                problems.Add(Text.Format(OrganizationMessages.RoleUnknownAgency, assignment.Role, assignment.PersonId, assignment.AgencyId));
            }

            if (!Roles.All.Contains(assignment.Role))
            {
                problems.Add(Text.Format(OrganizationMessages.UnknownRole, Text.Format(OrganizationMessages.ItemAgency, assignment.AgencyId), assignment.Role, string.Join(", ", Roles.All)));
            }

            if (!people.ContainsKey(assignment.PersonId))
            {
                problems.Add(Text.Format(OrganizationMessages.UnknownPerson, Name(), assignment.PersonId));
            }

            if (!seen.Add(assignment))
            {
                problems.Add(Text.Format(OrganizationMessages.ListedTwice, Name(), assignment.PersonId));
            }
        }
    }

    private static void CheckSubstitutions(Organization organization, Dictionary<string, Person> people, List<string> problems)
    {
        foreach (var s in organization.Substitutions)
        {
            string Name() => Text.Format(OrganizationMessages.ItemSubstitution, s.PersonId, Iso(s.From), Iso(s.To));
            if (!people.ContainsKey(s.PersonId))
            {
                problems.Add(Text.Format(OrganizationMessages.UnknownPerson, Name(), s.PersonId));
            }

            if (!people.ContainsKey(s.SubstituteId))
            {
                problems.Add(Text.Format(OrganizationMessages.UnknownSubstitute, Name(), s.SubstituteId));
            }

            if (s.SubstituteId == s.PersonId)
            {
                problems.Add(Text.Format(OrganizationMessages.SelfSubstitute, Name()));
            }

            if (s.To < s.From)
            {
                problems.Add(Text.Format(OrganizationMessages.ToBeforeFrom, Name(), Iso(s.To), Iso(s.From)));
            }
        }

        foreach (var group in organization.Substitutions.Where(s => s.To >= s.From).GroupBy(s => s.PersonId))
        {
            var ordered = group.OrderBy(s => s.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].From <= ordered[i - 1].To)
                {
                    var (a, b) = (ordered[i - 1], ordered[i]);
                    problems.Add(Text.Format(OrganizationMessages.Overlap, Text.Format(OrganizationMessages.ItemPerson, group.Key), $"{Iso(a.From)}..{Iso(a.To)}", $"{Iso(b.From)}..{Iso(b.To)}"));
                }
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
