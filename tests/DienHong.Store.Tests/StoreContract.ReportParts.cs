using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>Report counts cut into parts (the report's months) in one query: each count in the part its time falls in.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Report_counts_by_part_put_each_count_in_the_part_its_time_falls_in_and_add_up_to_the_whole()
    {
        await PublishReviewAsync();
        var onTime = await StartReviewAsync("a", "agency-a");
        var late = await StartReviewAsync("a", "agency-a");
        await StartReviewAsync("b", "agency-b");
        Clock.Advance(TimeSpan.FromHours(1));
        (await CompleteAsync(onTime, "a")).Status.ShouldBe(RunStatus.Ok);
        Clock.Advance(TimeSpan.FromDays(10));
        (await CompleteAsync(late, "a")).Status.ShouldBe(RunStatus.Ok);
        var reports = Get<IReportQueries>();
        var whole = new ReportQuery(T0.AddHours(-1), T0.AddDays(20));

        // A count exactly at a cut belongs to the part after it; a part with nothing in it has no rows.
        var parts = await reports.CountsByPartAsync(whole, [T0.AddHours(1), T0.AddDays(5), T0.AddDays(15)]);
        var oneAgency = await reports.CountsByPartAsync(whole with { Agencies = ["agency-b"] }, [T0.AddHours(1)]);

        parts.ShouldBe([
            new PeriodCounts(0, new AgencyCounts("agency-a", 2, 0, 0, 0)),
            new PeriodCounts(0, new AgencyCounts("agency-b", 1, 0, 0, 0)),
            new PeriodCounts(1, new AgencyCounts("agency-a", 0, 1, 1, 0)),
            new PeriodCounts(2, new AgencyCounts("agency-a", 0, 1, 0, 1)),
        ]);
        oneAgency.ShouldBe([new PeriodCounts(0, new AgencyCounts("agency-b", 1, 0, 0, 0))]);
        (await reports.CountsByPartAsync(whole, [])).Select(p => p.Counts).ShouldBe(await reports.CountsAsync(whole));
    }
}
