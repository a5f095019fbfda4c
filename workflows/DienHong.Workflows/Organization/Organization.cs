using DienHong.Calendar;

namespace DienHong.Workflows.Organization;

/// <summary>
/// The organisation (tổ chức, bộ máy): agencies (cơ quan, đơn vị) with their units, people, role assignments and
/// scheduled substitutions (phân công thay thế khi vắng mặt). Read and written by <see cref="OrganizationJson"/>,
/// checked by <see cref="OrganizationValidator"/>, queried through <see cref="OrganizationDirectory"/>.
/// </summary>
/// <remarks>
/// Two organisations are equal when they hold the same items, whatever their order: the JSON file groups units and
/// roles by agency, so a round trip keeps the content but not necessarily the order of those lists.
/// </remarks>
public sealed record Organization(
    LocalizedText? Name,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyList<Person> People,
    IReadOnlyList<RoleAssignment> Roles,
    IReadOnlyList<Substitution> Substitutions)
{
    /// <summary>An organisation with nothing in it.</summary>
    public static Organization Empty { get; } = new(null, [], [], [], [], []);

    public bool Equals(Organization? other) =>
        other is not null
        && Equals(Name, other.Name)
        && SameItems(Agencies, other.Agencies)
        && SameItems(Units, other.Units)
        && SameItems(People, other.People)
        && SameItems(Roles, other.Roles)
        && SameItems(Substitutions, other.Substitutions);

    public override int GetHashCode() => HashCode.Combine(Name, Agencies.Count, Units.Count, People.Count, Roles.Count, Substitutions.Count);

    private static bool SameItems<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) =>
        a.Count == b.Count && a.ToHashSet().SetEquals(b);
}
