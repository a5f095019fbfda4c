using DienHong.Calendar;

namespace DienHong.Simulation;

/// <summary>
/// The days off (ngày nghỉ) of a simulation, remembering the first calendar file problem met. The engine turns an
/// exception inside an activity into an incident, so the runner asks here after each step and stops with the file's
/// message instead of playing on with a faulted instance.
/// </summary>
internal sealed class WatchedDaySource(IDaySource days) : IDaySource
{
    public CalendarFileException? Problem { get; private set; }

    public DayInfo Describe(DateOnly date)
    {
        try
        {
            return days.Describe(date);
        }
        catch (CalendarFileException e)
        {
            Problem ??= e;
            throw;
        }
    }
}
