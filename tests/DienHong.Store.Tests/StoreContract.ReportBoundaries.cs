using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>The edges of the report's figures: a task done exactly at its due time, the period's ends, overdue now.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Report_counts_a_task_completed_exactly_at_its_due_time_on_time_and_a_millisecond_later_late()
    {
        await PublishReviewAsync();
        var exact = await StartReviewAsync("a", "agency-a");
        var after = await StartReviewAsync("a", "agency-a");
        var due = await DueAsync(exact);
        Clock.SetUtcNow(due);
        (await CompleteAsync(exact, "a")).Status.ShouldBe(RunStatus.Ok);
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        (await CompleteAsync(after, "a")).Status.ShouldBe(RunStatus.Ok);
        var reports = Get<IReportQueries>();

        (await reports.CountsAsync(new ReportQuery(T0, due.AddDays(1)))).ShouldBe([new AgencyCounts("agency-a", 2, 2, 1, 1)]);
    }

    [StoreFact]
    public async Task Report_periods_include_their_start_and_exclude_their_end()
    {
        await PublishReviewAsync();
        var instance = await StartReviewAsync("a", "agency-a");
        var due = await DueAsync(instance);
        Clock.SetUtcNow(due);
        await CompleteAsync(instance, "a");
        var reports = Get<IReportQueries>();

        (await reports.CountsAsync(new ReportQuery(T0.AddDays(-1), T0))).ShouldBeEmpty();
        (await reports.CountsAsync(new ReportQuery(T0, due))).ShouldBe([new AgencyCounts("agency-a", 1, 0, 0, 0)]);
        (await reports.CountsAsync(new ReportQuery(due, due.AddDays(1)))).ShouldBe([new AgencyCounts("agency-a", 0, 1, 1, 0)]);
    }

    [StoreFact]
    public async Task Report_counts_open_tasks_past_their_due_time_per_agency()
    {
        await PublishReviewAsync();
        await StartReviewAsync("a", "agency-a");
        var done = await StartReviewAsync("a", "agency-a");
        await StartReviewAsync("b", "agency-b");
        await StartReviewAsync("c", "agency-c");
        var due = await DueAsync(done);
        await CompleteAsync(done, "a");
        var reports = Get<IReportQueries>();

        (await reports.OverdueAsync(due)).ShouldBeEmpty();
        (await reports.OverdueAsync(due.AddMilliseconds(1))).ShouldBe(
            [new OverdueCounts("agency-a", 1), new OverdueCounts("agency-b", 1), new OverdueCounts("agency-c", 1)]);
        (await reports.OverdueAsync(due.AddDays(30), ["agency-a", "agency-c"])).ShouldBe([new OverdueCounts("agency-a", 1), new OverdueCounts("agency-c", 1)]);
        (await reports.OverdueAsync(due.AddDays(30), [])).ShouldBeEmpty();
    }

    /// <summary>The due time of the instance's one open task.</summary>
    private async Task<DateTimeOffset> DueAsync(string instanceId) => (await Runs.LoadAsync(instanceId))!.Bookmarks.Single().DueAt!.Value;
}
