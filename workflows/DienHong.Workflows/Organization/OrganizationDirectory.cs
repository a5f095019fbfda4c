namespace DienHong.Workflows.Organization;

/// <summary>
/// The in-memory organisation directory (danh bạ tổ chức), built once from a valid <see cref="Organization"/> with
/// dictionaries for constant-time look-ups. Role holders on a day have absent people replaced by the substitute
/// acting for them (người được phân công thay thế), inclusive of the first and last day of the absence.
/// </summary>
/// <remarks>
/// The <c>staff</c> role is held implicitly by every person whose <c>agencyId</c> is the agency, plus anyone
/// assigned <c>staff</c> there explicitly (e.g. seconded). Substitutions do not change the <c>staff</c> role: an
/// absent person is still on the staff (they count for quorums and receive disclosures).
/// </remarks>
public sealed class OrganizationDirectory : IOrganizationDirectory
{
    /// <summary>How many substitutes deep <see cref="ActingFor"/> follows a chain (A for B, C for A) before stopping.</summary>
    private const int MaxChain = 8;

    private readonly Dictionary<string, Agency> agencies;
    private readonly Dictionary<string, OrgUnit> units;
    private readonly Dictionary<string, Person> people;
    private readonly Dictionary<string, List<Person>> staff;
    private readonly Dictionary<(string Agency, string Role), List<Person>> holders;
    private readonly HashSet<RoleAssignment> assignments;
    private volatile Absences absences;

    /// <summary>Builds the directory; throws <see cref="OrganizationFormatException"/> when the organisation is invalid.</summary>
    public OrganizationDirectory(Organization organization, string source = "organization")
    {
        OrganizationValidator.ThrowIfInvalid(organization, source);
        Organization = organization;
        agencies = organization.Agencies.ToDictionary(a => a.Id, StringComparer.Ordinal);
        units = organization.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        people = organization.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        staff = organization.Agencies.ToDictionary(a => a.Id, _ => new List<Person>(), StringComparer.Ordinal);
        foreach (var person in organization.People)
        {
            staff[person.AgencyId].Add(person);
        }

        assignments = [.. organization.Roles];
        holders = [];
        foreach (var assignment in organization.Roles)
        {
            var key = (assignment.AgencyId, assignment.Role);
            if (!holders.TryGetValue(key, out var list))
            {
                holders[key] = list = [];
            }

            list.Add(people[assignment.PersonId]);
        }

        absences = new Absences([], organization.Substitutions);
    }

    /// <summary>The organisation the directory was built from.</summary>
    public Organization Organization { get; }

    /// <summary>The substitutions recorded since the file was written (ghi nhận qua API), applied on top of the file's.</summary>
    public IReadOnlyList<Substitution> Recorded => absences.Recorded;

    /// <summary>Every substitution the directory follows: the file's, then the recorded ones.</summary>
    public IReadOnlyList<Substitution> Substitutions => absences.All;

    /// <summary>
    /// Replaces the recorded substitutions in one step: a question asked during the change sees the old set or the new
    /// one, never half of each. The file's own substitutions stay.
    /// </summary>
    public void UseRecorded(IReadOnlyList<Substitution> recorded) => absences = new Absences(recorded, Organization.Substitutions);

    /// <summary>Reads an organisation file and builds its directory; errors name the file.</summary>
    public static OrganizationDirectory Load(string path) => new(OrganizationJson.ReadFile(path), Path.GetFileName(path));

    public Agency? FindAgency(string agencyId) => agencies.GetValueOrDefault(agencyId);

    public Person? FindPerson(string personId) => people.GetValueOrDefault(personId);

    public OrgUnit? FindUnit(string unitId) => units.GetValueOrDefault(unitId);

    /// <summary>The agency's superior body (cơ quan cấp trên), or null at the top.</summary>
    public Agency? Superior(string agencyId) =>
        FindAgency(agencyId)?.SuperiorId is { } superior ? FindAgency(superior) : null;

    /// <summary>The agencies whose superior body is <paramref name="agencyId"/>.</summary>
    public IReadOnlyList<Agency> Subordinates(string agencyId) =>
        Organization.Agencies.Where(a => a.SuperiorId == agencyId).ToList();

    public IReadOnlyList<Person> Staff(string agencyId) => staff.TryGetValue(agencyId, out var list) ? list : [];

    /// <summary>The people holding <paramref name="role"/> in the agency, ignoring absences (the standing assignment).</summary>
    public IReadOnlyList<Person> Holders(string agencyId, string role)
    {
        var explicitHolders = holders.TryGetValue((agencyId, role), out var list) ? list : [];
        return role == Roles.Staff ? [.. Staff(agencyId), .. explicitHolders.Where(p => p.AgencyId != agencyId)] : explicitHolders;
    }

    public IReadOnlyList<Person> InRole(string agencyId, string role, DateOnly day)
    {
        var standing = Holders(agencyId, role);
        if (role == Roles.Staff)
        {
            return standing;
        }

        var acting = new List<Person>(standing.Count);
        foreach (var holder in standing)
        {
            var person = people[ActingFor(holder.Id, day)];
            if (!acting.Contains(person))
            {
                acting.Add(person);
            }
        }

        return acting;
    }

    public bool HasRole(string personId, string agencyId, string role) =>
        assignments.Contains(new RoleAssignment(personId, agencyId, role))
        || (role == Roles.Staff && people.TryGetValue(personId, out var person) && person.AgencyId == agencyId);

    /// <summary>The roles a person holds in an agency, <c>staff</c> included when the person belongs to it.</summary>
    public IReadOnlyList<string> RolesOf(string personId, string agencyId) =>
        Roles.All.Where(r => HasRole(personId, agencyId, r)).ToList();

    /// <summary>Every role a person holds, in every agency.</summary>
    public IReadOnlyList<RoleAssignment> AssignmentsOf(string personId)
    {
        var own = people.TryGetValue(personId, out var person) ? [new RoleAssignment(personId, person.AgencyId, Roles.Staff)] : Array.Empty<RoleAssignment>();
        return Organization.Roles.Where(r => r.PersonId == personId).Concat(own).Distinct().ToList();
    }

    /// <summary>The substitution covering <paramref name="day"/> for the person, if they are absent that day.</summary>
    public Substitution? AbsenceOn(string personId, DateOnly day) =>
        absences.ByPerson.TryGetValue(personId, out var list) ? list.Find(s => s.From <= day && day <= s.To) : null;

    public string ActingFor(string personId, DateOnly day)
    {
        var current = personId;
        for (var depth = 0; depth < MaxChain && AbsenceOn(current, day) is { } absence; depth++)
        {
            if (absence.SubstituteId == personId)
            {
                // The substitute is away too and hands back to the original holder: nobody better is available.
                return personId;
            }

            current = absence.SubstituteId;
        }

        return current;
    }

    /// <summary>Roles nobody holds in an agency (vị trí còn trống); <c>staff</c> counts as held when the agency has people.</summary>
    public IReadOnlyList<string> VacantRoles(string agencyId) =>
        Roles.All.Where(r => Holders(agencyId, r).Count == 0).ToList();

    /// <summary>The substitutions by absent person, swapped whole when the recorded ones change.</summary>
    private sealed class Absences
    {
        public Absences(IReadOnlyList<Substitution> recorded, IReadOnlyList<Substitution> declared)
        {
            Recorded = recorded;
            All = [.. declared, .. recorded];
            ByPerson = All.GroupBy(s => s.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.From).ToList(), StringComparer.Ordinal);
        }

        public IReadOnlyList<Substitution> Recorded { get; }

        public IReadOnlyList<Substitution> All { get; }

        public Dictionary<string, List<Substitution>> ByPerson { get; }
    }
}
