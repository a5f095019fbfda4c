namespace DienHong.Web.Application.Organisation;

/// <summary>A person as a picker shows them (cán bộ): id, full name, agency, unit and job position.</summary>
public sealed record PersonItem(string Id, string FullName, string AgencyId, string? UnitId, string? JobPosition);
