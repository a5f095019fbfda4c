namespace DienHong.Calendar;

/// <summary>How a period is counted (cách tính thời hạn).</summary>
public enum DurationKind
{
    /// <summary>Working days (ngày làm việc): weekends, holidays and days off are skipped.</summary>
    WorkingDays,

    /// <summary>Calendar days (ngày), rolled forward to the next working day when the last day is not one (Civil Code Art. 148).</summary>
    Days,

    /// <summary>Consecutive days (ngày liên tục), e.g. a posting period: no roll-forward.</summary>
    ConsecutiveDays,

    /// <summary>Clock hours from the event.</summary>
    Hours,
}
