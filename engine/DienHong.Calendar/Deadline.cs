namespace DienHong.Calendar;

/// <summary>
/// A computed deadline (hạn chót) that can explain itself: the period ends at 24:00 of <see cref="LastDay"/>
/// (Civil Code Art. 147-148), which is the instant <see cref="Due"/>.
/// </summary>
public sealed record Deadline(
    DateTimeOffset Start,
    Duration Duration,
    DateOnly LastDay,
    DateTimeOffset Due,
    IReadOnlyList<DayInfo> SkippedDays,
    bool RolledForward);
