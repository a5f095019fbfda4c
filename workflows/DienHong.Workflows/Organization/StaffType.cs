namespace DienHong.Workflows.Organization;

/// <summary>The kind of staff member (loại cán bộ), which decides which decree applies (e.g. to discipline).</summary>
public enum StaffType
{
    /// <summary>Elected or appointed official (cán bộ).</summary>
    Official,

    /// <summary>Civil servant (công chức).</summary>
    CivilServant,

    /// <summary>Public employee of a public service unit (viên chức).</summary>
    PublicEmployee,

    /// <summary>Worker under a labour contract (người lao động).</summary>
    Worker,
}
