namespace DienHong.Calendar;

/// <summary>What one calendar day is: a working day, or a day off with its reason (lý do nghỉ).</summary>
public sealed record DayInfo(DateOnly Date, bool IsWorkingDay, LocalizedText? Reason)
{
    public static DayInfo Working(DateOnly date, LocalizedText? reason = null) => new(date, true, reason);

    public static DayInfo Off(DateOnly date, LocalizedText reason) => new(date, false, reason);
}
