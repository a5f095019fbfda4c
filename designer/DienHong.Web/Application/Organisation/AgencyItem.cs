using DienHong.Calendar;

namespace DienHong.Web.Application.Organisation;

/// <summary>An agency the person has a place in (cơ quan của tôi): its roles there, and those they act in today for someone absent.</summary>
public sealed record AgencyItem(string Id, LocalizedText Name, string? SuperiorId, string Kind, int StaffCount, IReadOnlyList<string> Roles, IReadOnlyList<string> Acting);
