using System.Security.Claims;
using DienHong.Web.Application.Calendar;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/calendar</c>: the Vietnamese working calendar (lịch làm việc) for anyone signed in: a year's days off
/// and the deadline a duration gives. Days off are the yearly files read at start plus the days the system
/// administrator records here as the Government announces them, which every deadline counted afterwards follows.
/// </summary>
public static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendar(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar");
        group.MapGet("/holidays", Holidays).WithSummary("The days off of a year besides plain weekends, with their reasons.");
        group.MapPost("/days", AnnounceAsync).WithSummary("Records an announced day (system-admin): date, kind dayOff|workingDay, reason {vi, en}; the same day again replaces it.");
        group.MapGet("/working-days", WorkingDays).WithSummary("The deadline of a duration from an event's day: from=yyyy-MM-dd, days=n, kind=workingDays|days|consecutiveDays.");
        return group;
    }

    private static Results<Ok<HolidayYear>, ProblemHttpResult> Holidays(CalendarService calendar, int? year) => ApiProblems.Ok(calendar.Holidays(year));

    private static Results<Ok<DueDate>, ProblemHttpResult> WorkingDays(CalendarService calendar, string? from, int? days, string? kind) =>
        ApiProblems.Ok(calendar.Due(from, days, kind));

    private static async Task<Results<Ok<CalendarDay>, ProblemHttpResult>> AnnounceAsync(
        CalendarDayService days, CurrentPerson current, ClaimsPrincipal user, AnnounceDay request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await days.AnnounceAsync(current.Resolve(user), request, cancellationToken));
}
