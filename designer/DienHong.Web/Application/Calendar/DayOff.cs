using DienHong.Calendar;

namespace DienHong.Web.Application.Calendar;

/// <summary>A day off (ngày nghỉ) with its reason in Vietnamese and English.</summary>
public sealed record DayOff(DateOnly Date, LocalizedText? Reason);
