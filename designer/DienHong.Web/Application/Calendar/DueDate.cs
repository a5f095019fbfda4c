using DienHong.Calendar;

namespace DienHong.Web.Application.Calendar;

/// <summary>
/// The deadline a duration gives from an event on <see cref="From"/> (hạn xử lý): the period starts the next day and
/// ends at 24:00 of <see cref="LastDay"/> (<see cref="Due"/>); <see cref="Skipped"/> lists the days off it stepped over.
/// </summary>
public sealed record DueDate(DateOnly From, int Amount, DurationKind Kind, DateOnly LastDay, DateTimeOffset Due, IReadOnlyList<DayOff> Skipped);
