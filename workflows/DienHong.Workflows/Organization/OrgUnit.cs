using DienHong.Calendar;

namespace DienHong.Workflows.Organization;

/// <summary>An organisational unit (phòng, ban, tổ) inside an agency.</summary>
public sealed record OrgUnit(string Id, string AgencyId, LocalizedText Name);
