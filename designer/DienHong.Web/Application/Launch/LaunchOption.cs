using DienHong.Calendar;
using DienHong.Engine.Definitions;

namespace DienHong.Web.Application.Launch;

/// <summary>
/// A workflow the person may start (quy trình được khởi tạo): its newest published version, names, what it does, its
/// legal basis, the roles that may start it (null: anyone in the agency), the agencies where this person may, and
/// its inputs.
/// </summary>
public sealed record LaunchOption(
    string Key,
    int Version,
    LocalizedText Name,
    LocalizedText? Description,
    IReadOnlyList<LegalBasis> LegalBasis,
    IReadOnlyList<string>? Starters,
    IReadOnlyList<AgencyChoice> Agencies,
    IReadOnlyList<LaunchField> Fields);
