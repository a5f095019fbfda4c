using DienHong.Calendar;
using DienHong.Workflows.Organization;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Web.Application.Administration;

/// <summary>
/// Applies what administrators recorded (áp dụng dữ liệu quản trị) to the organisation and the calendar the engine
/// sees: the recorded substitutions to the directory, the announced days to the Vietnamese calendar. The node that
/// records a change applies it at once; <see cref="AdministrationRefresher"/> brings every node up to date.
/// </summary>
public sealed class AdministrationRecords(IDbContextFactory<AdministrationDbContext> contexts, OrganizationDirectory organization, IWorkingCalendar calendar)
{
    private volatile IReadOnlyList<RecordedSubstitution> substitutions = [];

    /// <summary>The recorded substitutions as last read.</summary>
    public IReadOnlyList<RecordedSubstitution> Substitutions => substitutions;

    /// <summary>Reads every record and applies it; the tables are small (a few hundred rows a year at most).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var recorded = await db.Substitutions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var days = await db.AnnouncedDays.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        substitutions = recorded;
        organization.UseRecorded([.. recorded.OrderBy(s => s.From).ThenBy(s => s.Id, StringComparer.Ordinal).Select(Of)]);
        if (calendar is WorkingCalendar { Days: VietnamCalendar vietnam })
        {
            vietnam.Announce(days.Select(Day));
        }
    }

    public static Substitution Of(RecordedSubstitution row) => new(row.PersonId, row.SubstituteId, row.From, row.To, row.Reason);

    public static DayInfo Day(AnnouncedDay day) => new(day.Date, day.IsWorkingDay, new LocalizedText(day.ReasonVi, day.ReasonEn));
}
