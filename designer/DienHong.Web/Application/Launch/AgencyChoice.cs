using DienHong.Calendar;

namespace DienHong.Web.Application.Launch;

/// <summary>An agency a case may be started in (cơ quan khởi tạo).</summary>
public sealed record AgencyChoice(string Id, LocalizedText Name);
