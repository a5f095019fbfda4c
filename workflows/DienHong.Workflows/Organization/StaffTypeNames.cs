namespace DienHong.Workflows.Organization;

/// <summary>
/// The JSON names of the staff types (loại cán bộ): <c>official</c> (cán bộ), <c>civilServant</c> (công chức),
/// <c>publicEmployee</c> (viên chức), <c>worker</c> (người lao động). Reading also accepts the Vietnamese terms,
/// with or without diacritics (<c>"công chức"</c>, <c>"cong-chuc"</c>); writing always gives the English name.
/// </summary>
public static class StaffTypeNames
{
    private static readonly Dictionary<string, StaffType> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["official"] = StaffType.Official,
        ["civilServant"] = StaffType.CivilServant,
        ["publicEmployee"] = StaffType.PublicEmployee,
        ["worker"] = StaffType.Worker,
        ["cán bộ"] = StaffType.Official,
        ["công chức"] = StaffType.CivilServant,
        ["viên chức"] = StaffType.PublicEmployee,
        ["người lao động"] = StaffType.Worker,
        ["can-bo"] = StaffType.Official,
        ["cong-chuc"] = StaffType.CivilServant,
        ["vien-chuc"] = StaffType.PublicEmployee,
        ["nguoi-lao-dong"] = StaffType.Worker,
    };

    /// <summary>The names <see cref="Name"/> writes, for error messages.</summary>
    public static readonly IReadOnlyList<string> Written = ["official", "civilServant", "publicEmployee", "worker"];

    public static string Name(StaffType type) => type switch
    {
        StaffType.Official => "official",
        StaffType.CivilServant => "civilServant",
        StaffType.PublicEmployee => "publicEmployee",
        StaffType.Worker => "worker",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown staff type."),
    };

    public static bool TryParse(string? name, out StaffType type)
    {
        type = default;
        return name is not null && ByName.TryGetValue(name.Trim().Normalize(System.Text.NormalizationForm.FormC), out type);
    }
}
