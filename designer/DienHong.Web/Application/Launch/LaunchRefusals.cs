using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Launch;

/// <summary>
/// The refusal codes of starting cases and of the organisation and calendar API (mã từ chối khởi tạo, tổ chức, lịch);
/// each becomes a problem <c>type</c> of the API. The table of every code is in <c>docs/api.md</c>.
/// </summary>
public static class LaunchRefusals
{
    /// <summary>{0} the workflow, {1} the roles that may start it, {2} the agency.</summary>
    public static readonly MessageCode StarterRole = Code("instance.starter-role", nameof(LaunchText.StarterRole));

    /// <summary>A question about one agency that names none.</summary>
    public static readonly MessageCode AgencyRequired = Code("organisation.agency-required", nameof(LaunchText.AgencyRequired));

    /// <summary>{0} the year given, {1} the first and {2} the last year the calendar knows.</summary>
    public static readonly MessageCode CalendarYear = Code("calendar.year", nameof(LaunchText.CalendarYear));

    /// <summary>{0} the date given.</summary>
    public static readonly MessageCode CalendarFrom = Code("calendar.from", nameof(LaunchText.CalendarFrom));

    /// <summary>{0} the number given, {1} the largest.</summary>
    public static readonly MessageCode CalendarDays = Code("calendar.days", nameof(LaunchText.CalendarDays));

    /// <summary>{0} the kind given.</summary>
    public static readonly MessageCode CalendarKind = Code("calendar.kind", nameof(LaunchText.CalendarKind));

    /// <summary>{0} what is wrong with the year's file.</summary>
    public static readonly MessageCode CalendarBroken = Code("calendar.broken", nameof(LaunchText.CalendarBroken));

    private static MessageCode Code(string value, string resource) => new(value, LaunchText.ResourceManager, resource);
}
