namespace DienHong.Web.Application.Administration;

/// <summary>
/// A day the Government announced after the year's calendar file (ngày nghỉ hoặc ngày làm bù công bố thêm): an extra
/// day off, or a compensatory working day, with its reason in Vietnamese and English; who recorded it and when.
/// </summary>
public sealed class AnnouncedDay
{
    public required DateOnly Date { get; init; }

    public required bool IsWorkingDay { get; init; }

    public required string ReasonVi { get; init; }

    public required string ReasonEn { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
