namespace DienHong.Calendar;

/// <summary>The working calendar (lịch làm việc) every deadline in DienHong is computed with.</summary>
public interface IWorkingCalendar
{
    /// <summary>The calendar's time zone; for Vietnam <c>Asia/Ho_Chi_Minh</c>.</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>Whether the day is worked, and if not, why.</summary>
    DayInfo Describe(DateOnly date);

    /// <summary>The deadline of a period that starts with an event at <paramref name="start"/>.</summary>
    Deadline Add(DateTimeOffset start, Duration duration);
}
