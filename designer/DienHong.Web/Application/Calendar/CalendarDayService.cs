using DienHong.Calendar;
using DienHong.Web.Application.Administration;
using DienHong.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Web.Application.Calendar;

/// <summary>
/// Records the days the Government announces after the year's calendar file (ghi nhận ngày nghỉ, ngày làm bù): the
/// system administrator adds an extra day off or a compensatory working day, and every deadline counted afterwards
/// follows it (deadlines already set stay as they were). A second announcement of the same day replaces the first.
/// </summary>
public sealed class CalendarDayService(IDbContextFactory<AdministrationDbContext> contexts, AdministrationRecords records, IWorkingCalendar calendar, TimeProvider clock)
{
    public async Task<ServiceResult<CalendarDay>> AnnounceAsync(PersonAccess access, AnnounceDay request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.IsSystemAdmin)
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AdministrationRefusals.DayAdminOnly);
        }

        if (request.Date is not { Year: >= CalendarService.FirstYear and <= CalendarService.LastYear } date)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.DayDate, CalendarService.FirstYear, CalendarService.LastYear);
        }

        if (request.Kind is not (AnnounceDay.DayOff or AnnounceDay.WorkingDay))
        {
            return new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.DayKind, request.Kind);
        }

        if (request.Reason is not { } reason || string.IsNullOrWhiteSpace(reason.Vi) || string.IsNullOrWhiteSpace(reason.En))
        {
            return new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.DayReason);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.AnnouncedDays.Where(d => d.Date == date).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            db.AnnouncedDays.Add(new AnnouncedDay
            {
                Date = date,
                IsWorkingDay = request.Kind == AnnounceDay.WorkingDay,
                ReasonVi = reason.Vi.Trim(),
                ReasonEn = reason.En!.Trim(),
                RecordedBy = access.UserName ?? string.Empty,
                RecordedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await records.RefreshAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var day = calendar.Describe(date);
            return new CalendarDay(day.Date, day.IsWorkingDay, day.Reason);
        }
        catch (CalendarFileException e)
        {
            return new ServiceRefusal(RefusalKind.Conflict, Launch.LaunchRefusals.CalendarBroken, e.Message);
        }
    }
}
