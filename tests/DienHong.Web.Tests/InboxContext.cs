using Bunit;
using DienHong.Calendar;
using DienHong.Web.Application.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DienHong.Web.Tests;

/// <summary>A bunit context for the inbox's components: MudBlazor, the demo organisation, the weekday calendar, a clock at 09:00 on <see cref="Day"/>.</summary>
internal static class InboxContext
{
    /// <summary>Monday 1 February 2027.</summary>
    public static readonly DateOnly Day = new(2027, 2, 1);

    public static BunitContext Create()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(Demo.Organization);
        ctx.Services.AddSingleton<IWorkingCalendar>(WorkingCalendar.Weekdays);
        ctx.Services.AddSingleton<TimeProvider>(Demo.Clock(Day));
        return ctx;
    }

    /// <summary>Midnight in Vietnam starting the day <paramref name="days"/> after <see cref="Day"/>: a deadline ending the day before.</summary>
    public static DateTimeOffset Midnight(int days) => new(Day.AddDays(days).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));

    public static TaskItem Task(string assignee, DateTimeOffset? dueAt, string[] outcomes, params string[] actions) => new(
        "case-1.bm-1",
        "case-1",
        "review",
        new LocalizedText("Thẩm định hồ sơ", "Review the file"),
        "leave-request",
        3,
        new LocalizedText("Nghỉ phép", "Leave request"),
        "van-phong",
        "NP-2027-014",
        assignee,
        dueAt,
        false,
        Midnight(-1),
        outcomes,
        [.. actions.Select(a => new TaskAction(a, new LocalizedText(a)))]);
}
