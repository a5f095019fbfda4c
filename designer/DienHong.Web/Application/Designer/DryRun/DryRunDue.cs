using DienHong.Calendar;

namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// A task a step opened with its deadline (hạn xử lý): the node, its name, the assignee, the due instant and the last
/// day it allows in Vietnam (a deadline at 24:00 belongs to the day before midnight).
/// </summary>
public sealed record DryRunDue(string NodeId, LocalizedText? NodeName, string? Assignee, DateTimeOffset DueAt, DateOnly LastDay);
