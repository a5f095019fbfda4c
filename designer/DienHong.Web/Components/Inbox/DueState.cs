using DienHong.Calendar;

namespace DienHong.Web.Components.Inbox;

/// <summary>Where a task stands against its deadline (tình trạng thời hạn), which sets the due chip's colour.</summary>
public enum DueState
{
    /// <summary>The task has no deadline.</summary>
    None,

    /// <summary>Its last day is after today.</summary>
    Remaining,

    /// <summary>Its last day is today (hạn chót hôm nay).</summary>
    Today,

    /// <summary>The deadline has passed (quá hạn).</summary>
    Overdue,
}

/// <summary>Reads a deadline's <see cref="DueState"/> the way <see cref="DeadlineText"/> words it: in the calendar's days.</summary>
public static class DueStates
{
    public static DueState Of(DateTimeOffset? due, DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (due is not { } deadline)
        {
            return DueState.None;
        }

        if (now >= deadline)
        {
            return DueState.Overdue;
        }

        // A deadline ends at 24:00, the first instant of the next day: its last day is the one just before.
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(deadline.AddTicks(-1), calendar.TimeZone).DateTime);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        return lastDay == today ? DueState.Today : DueState.Remaining;
    }
}
