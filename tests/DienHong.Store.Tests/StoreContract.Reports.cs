using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>Report counts per agency and period, from the instances and the journal the engine wrote.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Report_counts_instances_opened_and_closed_and_tasks_on_time_and_late_per_agency()
    {
        // Due five working days after Monday 1 February 2027 08:00: the end of Monday 8 February.
        await PublishReviewAsync();
        var onTime = await StartReviewAsync("a", "agency-a");
        var late = await StartReviewAsync("a", "agency-a");
        await StartReviewAsync("b", "agency-b");
        Clock.Advance(TimeSpan.FromHours(1));
        (await CompleteAsync(onTime, "a")).Status.ShouldBe(RunStatus.Ok);
        Clock.Advance(TimeSpan.FromDays(10));
        (await CompleteAsync(late, "a")).Status.ShouldBe(RunStatus.Ok);
        Clock.Advance(TimeSpan.FromDays(30));
        await StartReviewAsync("a", "agency-a");
        var reports = Get<IReportQueries>();

        var february = await reports.CountsAsync(new ReportQuery(T0.AddHours(-1), T0.AddDays(20)));
        var secondHalf = await reports.CountsAsync(new ReportQuery(T0.AddDays(5), T0.AddDays(20)));
        var agencyB = await reports.CountsAsync(new ReportQuery(T0.AddHours(-1), T0.AddDays(20), ["agency-b"]));

        february.ShouldBe([new AgencyCounts("agency-a", 2, 2, 1, 1), new AgencyCounts("agency-b", 1, 0, 0, 0)]);
        secondHalf.ShouldBe([new AgencyCounts("agency-a", 0, 1, 0, 1)]);
        agencyB.ShouldBe([new AgencyCounts("agency-b", 1, 0, 0, 0)]);
        (await reports.CountsAsync(new ReportQuery(T0.AddDays(100), T0.AddDays(200)))).ShouldBeEmpty();
    }
}
