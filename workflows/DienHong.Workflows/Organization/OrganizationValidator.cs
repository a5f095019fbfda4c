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
        var agencies = Unique(organization.Agencies, a => a.Id, "agency", problems);
        CheckAgencies(organization, agencies, problems);
        var units = Unique(organization.Units, u => u.Id, "unit", problems);
        foreach (var unit in organization.Units.Where(u => !agencies.ContainsKey(u.AgencyId)))
        {
            problems.Add($"unit '{unit.Id}': unknown agency '{unit.AgencyId}'");
        }

        var people = Unique(organization.People, p => p.Id, "person", problems);
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
                problems.Add($"{what} #{index + 1}: missing id");
            }
            else if (!byId.TryAdd(key, item))
            {
                problems.Add($"duplicate {what} id '{key}'");
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
            var name = $"agency '{agency.Id}'";
            if (string.IsNullOrWhiteSpace(agency.Name?.Vi))
            {
                problems.Add($"{name}: missing name");
            }

            if (!AgencyKinds.All.Contains(agency.Kind))
            {
                problems.Add($"{name}: unknown kind '{agency.Kind}'; the kinds are {string.Join(", ", AgencyKinds.All)}");
            }

            if (agency.SuperiorId is { } superior && !agencies.ContainsKey(superior))
            {
                problems.Add($"{name}: unknown superior agency '{superior}'");
            }

            var listed = staff.GetValueOrDefault(agency.Id);
            if (agency.StaffCount != listed)
            {
                problems.Add($"{name}: staffCount is {agency.StaffCount} but {listed} people are listed with agencyId '{agency.Id}'");
            }
        }

        foreach (var agency in organization.Agencies)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { agency.Id };
            for (var up = agency.SuperiorId; up is not null && agencies.TryGetValue(up, out var next); up = next.SuperiorId)
            {
                if (!seen.Add(up))
                {
                    problems.Add($"agency '{agency.Id}': its superior bodies form a cycle through '{up}'");
                    break;
                }
            }
        }
    }

    private static void CheckPeople(Organization organization, Dictionary<string, Agency> agencies, Dictionary<string, OrgUnit> units, List<string> problems)
    {
        foreach (var person in organization.People)
        {
            var name = $"person '{person.Id}'";
            if (string.IsNullOrWhiteSpace(person.FullName))
            {
                problems.Add($"{name}: missing fullName");
            }

            if (string.IsNullOrWhiteSpace(person.AgencyId))
            {
                problems.Add($"{name}: no agency (agencyId is required)");
            }
            else if (!agencies.ContainsKey(person.AgencyId))
            {
                problems.Add($"{name}: unknown agency '{person.AgencyId}'");
            }

            if (person.UnitId is { } unitId)
            {
                if (!units.TryGetValue(unitId, out var unit))
                {
                    problems.Add($"{name}: unknown unit '{unitId}'");
                }
                else if (unit.AgencyId != person.AgencyId)
                {
                    problems.Add($"{name}: unit '{unitId}' belongs to agency '{unit.AgencyId}', not '{person.AgencyId}'");
                }
            }

            if (person.SalaryStep is < 1)
            {
                problems.Add($"{name}: salaryStep must be 1 or more, not {person.SalaryStep}");
            }

            if (person.Email is { } email && (email.IndexOf('@', StringComparison.Ordinal) is var at && (at < 1 || at == email.Length - 1)))
            {
                problems.Add($"{name}: '{email}' is not an e-mail address");
            }
        }
    }

    private static void CheckRoles(Organization organization, Dictionary<string, Agency> agencies, Dictionary<string, Person> people, List<string> problems)
    {
        var seen = new HashSet<RoleAssignment>();
        foreach (var assignment in organization.Roles)
        {
            var name = $"agency '{assignment.AgencyId}', role '{assignment.Role}'";
            if (!agencies.ContainsKey(assignment.AgencyId))
            {
                problems.Add($"role '{assignment.Role}' of person '{assignment.PersonId}': unknown agency '{assignment.AgencyId}'");
            }

            if (!Roles.All.Contains(assignment.Role))
            {
                problems.Add($"agency '{assignment.AgencyId}': unknown role '{assignment.Role}'; the roles are {string.Join(", ", Roles.All)}");
            }

            if (!people.ContainsKey(assignment.PersonId))
            {
                problems.Add($"{name}: unknown person '{assignment.PersonId}'");
            }

            if (!seen.Add(assignment))
            {
                problems.Add($"{name}: person '{assignment.PersonId}' is listed twice");
            }
        }
    }

    private static void CheckSubstitutions(Organization organization, Dictionary<string, Person> people, List<string> problems)
    {
        foreach (var s in organization.Substitutions)
        {
            var name = $"substitution of '{s.PersonId}' {s.From:yyyy-MM-dd}..{s.To:yyyy-MM-dd}";
            if (!people.ContainsKey(s.PersonId))
            {
                problems.Add($"{name}: unknown person '{s.PersonId}'");
            }

            if (!people.ContainsKey(s.SubstituteId))
            {
                problems.Add($"{name}: unknown substitute '{s.SubstituteId}'");
            }

            if (s.SubstituteId == s.PersonId)
            {
                problems.Add($"{name}: a person cannot substitute for themselves");
            }

            if (s.To < s.From)
            {
                problems.Add($"{name}: to ({s.To:yyyy-MM-dd}) is before from ({s.From:yyyy-MM-dd})");
            }
        }

        foreach (var group in organization.Substitutions.Where(s => s.To >= s.From).GroupBy(s => s.PersonId))
        {
            var ordered = group.OrderBy(s => s.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].From <= ordered[i - 1].To)
                {
                    problems.Add($"person '{group.Key}': substitutions {ordered[i - 1].From:yyyy-MM-dd}..{ordered[i - 1].To:yyyy-MM-dd} and {ordered[i].From:yyyy-MM-dd}..{ordered[i].To:yyyy-MM-dd} overlap");
                }
            }
        }
    }
}
