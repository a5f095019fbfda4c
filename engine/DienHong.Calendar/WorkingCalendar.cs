namespace DienHong.Calendar;

/// <summary>
/// Deadline arithmetic over a source of working days. Counting starts the day after the event and a period ends
/// at 24:00 of its last day (Civil Code 2015 Art. 147-148).
/// </summary>
public sealed class WorkingCalendar(TimeZoneInfo timeZone, IDaySource days) : IWorkingCalendar
{
    private const string VietnamZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>Vietnam's zone; <c>Asia/Ho_Chi_Minh</c> is UTC+7 with no daylight saving.</summary>
    public static TimeZoneInfo VietnamTimeZone { get; } = FindVietnamZone(VietnamZoneId);

    /// <summary>Monday to Friday in Vietnam's time zone, without holidays.</summary>
    public static WorkingCalendar Weekdays { get; } = new(VietnamTimeZone, new WeekdayDaySource());

    public TimeZoneInfo TimeZone => timeZone;

    /// <summary>The days this calendar counts on.</summary>
    public IDaySource Days => days;

    public DayInfo Describe(DateOnly date) => days.Describe(date);

    public Deadline Add(DateTimeOffset start, Duration duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(duration.Amount);
        if (duration.Kind == DurationKind.Hours)
        {
            var due = start.AddHours(duration.Amount);
            return new Deadline(start, duration, LocalDate(due), due, [], false);
        }

        var eventDay = LocalDate(start);
        var skipped = new List<DayInfo>();
        var lastDay = duration.Kind == DurationKind.WorkingDays
            ? CountWorkingDays(eventDay, duration.Amount, skipped)
            : eventDay.AddDays(duration.Amount);
        var rolled = false;
        if (duration.Kind == DurationKind.Days)
        {
            for (var info = Describe(lastDay); !info.IsWorkingDay; info = Describe(lastDay))
            {
                skipped.Add(info);
                lastDay = lastDay.AddDays(1);
                rolled = true;
            }
        }

        return new Deadline(start, duration, lastDay, EndOfDay(lastDay), skipped, rolled);
    }

    /// <summary>The calendar day (in this calendar's zone) of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => LocalDate(instant, timeZone);

    /// <summary>The calendar day of an instant in <paramref name="zone"/>: in Vietnam 00:00-07:00 is still the previous UTC day.</summary>
    internal static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>24:00 of the day, that is midnight at the start of the next day, in this calendar's zone.</summary>
    public DateTimeOffset EndOfDay(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, timeZone.GetUtcOffset(midnight));
    }

    private DateOnly CountWorkingDays(DateOnly eventDay, int amount, List<DayInfo> skipped)
    {
        var day = eventDay;
        for (var counted = 0; counted < amount;)
        {
            day = day.AddDays(1);
            var info = Describe(day);
            if (info.IsWorkingDay)
            {
                counted++;
            }
            else
            {
                skipped.Add(info);
            }
        }

        return day;
    }

    /// <summary>
    /// The system's zone <paramref name="systemId"/>, or where the system has none a fixed UTC+7 zone named
    /// <c>Asia/Ho_Chi_Minh</c>. The id is a parameter so that a test on a machine with tzdata can reach the fallback.
    /// </summary>
    internal static TimeZoneInfo FindVietnamZone(string systemId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(systemId);
        }
        catch (TimeZoneNotFoundException)
        {
            // Machines without tzdata still get the right offset: Vietnam has kept UTC+7 without DST since 1975.
            return TimeZoneInfo.CreateCustomTimeZone(VietnamZoneId, TimeSpan.FromHours(7), "Indochina Time", "ICT");
        }
    }
}
