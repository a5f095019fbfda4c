namespace DienHong.Workflows.Organization;

/// <summary>
/// The organisation model as activities see it (danh bạ tổ chức): agencies, people, roles and substitutions.
/// Resolving a role gives the people who hold it on a day, with absent people replaced by their substitute.
/// </summary>
public interface IOrganizationDirectory
{
    Agency? FindAgency(string agencyId);

    Person? FindPerson(string personId);

    /// <summary>Everyone on the agency's staff (the default audience and electorate).</summary>
    IReadOnlyList<Person> Staff(string agencyId);

    /// <summary>The people holding <paramref name="role"/> in the agency on <paramref name="day"/>, substitutes acting for absentees.</summary>
    IReadOnlyList<Person> InRole(string agencyId, string role, DateOnly day);

    bool HasRole(string personId, string agencyId, string role);

    /// <summary>Who acts for <paramref name="personId"/> on <paramref name="day"/>: their substitute while absent, else themselves.</summary>
    string ActingFor(string personId, DateOnly day);
}
