namespace DienHong.Scheduling;

/// <summary>A fixed list of agencies (danh sách cơ quan) from configuration, until the organisation model exists.</summary>
public sealed class ConfiguredAgencyDirectory(IEnumerable<string> agencyIds) : IAgencyDirectory
{
    private readonly IReadOnlyList<string> ids = agencyIds.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> AgencyIds() => ids;
}
