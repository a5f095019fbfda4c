namespace DienHong.Scheduling;

/// <summary>
/// The agencies (cơ quan, đơn vị) a recurring launch with <c>"per": "agency"</c> starts one instance for.
/// The organisation model will provide the real list; <see cref="ConfiguredAgencyDirectory"/> is a fixed one.
/// </summary>
public interface IAgencyDirectory
{
    IReadOnlyList<string> AgencyIds();
}
