using DienHong.Web.Application.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/calendar</c>: the Vietnamese working calendar (lịch làm việc) for anyone signed in: a year's days off
/// and the deadline a duration gives. Days off are the yearly files read at start; the API does not change them.
/// </summary>
public static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendar(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar");
        group.MapGet("/holidays", Holidays).WithSummary("The days off of a year besides plain weekends, with their reasons.");
        group.MapGet("/working-days", WorkingDays).WithSummary("The deadline of a duration from an event's day: from=yyyy-MM-dd, days=n, kind=workingDays|days|consecutiveDays.");
        return group;
    }

    private static Results<Ok<HolidayYear>, ProblemHttpResult> Holidays(CalendarService calendar, int? year) => ApiProblems.Ok(calendar.Holidays(year));

    private static Results<Ok<DueDate>, ProblemHttpResult> WorkingDays(CalendarService calendar, string? from, int? days, string? kind) =>
        ApiProblems.Ok(calendar.Due(from, days, kind));
}
