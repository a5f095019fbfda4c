using DienHong.Calendar;

namespace DienHong.Workflows.Organization;

/// <summary>
/// An agency or public service unit (cơ quan, đơn vị): its superior body (cơ quan cấp trên) and the staff count on
/// its payroll (danh sách trả lương), which quotas and quorums are computed from.
/// </summary>
public sealed record Agency(string Id, LocalizedText Name, string? SuperiorId, string Kind, int StaffCount);
