using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Hangfire.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Scheduling.Tests;

/// <summary>Periodic launches from a Start node's schedule: one instance per agency per period.</summary>
public sealed class RecurringLaunchTests
{
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    private static string Scheduled(string key, string schedule) => Workflow(key,
        string.Join(",", Node("start", "Start", $$""", "schedule": {{schedule}}"""), Task("review"), Node("end", "End")),
        string.Join(",", Edge("start", "review"), Edge("review", "end")));

    [Fact]
    public async Task A_yearly_launch_run_twice_in_one_year_starts_one_instance_per_agency()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(Scheduled("yearly-review", """{ "cron": "0 8 15 1 *", "timeZone": "Asia/Ho_Chi_Minh", "per": "agency" }"""));
        var launches = host.Get<RecurringLaunches>();

        var first = await launches.LaunchAtAsync("yearly-review", new DateTimeOffset(2027, 1, 15, 8, 0, 0, Hanoi));
        var second = await launches.LaunchAtAsync("yearly-review", new DateTimeOffset(2027, 1, 15, 8, 0, 5, Hanoi));

        first.Select(r => r.Status).ShouldBe([RunStatus.Ok, RunStatus.Ok]);
        second.Select(r => r.Status).ShouldBe([RunStatus.Duplicate, RunStatus.Duplicate]);
        foreach (var agency in SchedulingHost.Agencies)
        {
            var id = (await host.Store.FindInstanceByCorrelationAsync($"yearly-review:{agency}:2027")).ShouldNotBeNull();
            var instance = (await host.LoadAsync(id)).Instance;
            instance.Agency.ShouldBe(agency);
            first.Count(r => r.InstanceId == id).ShouldBe(1);
        }

        (await host.Get<IInstanceQueries>().ListAsync(new InstanceQuery { DefinitionKey = "yearly-review" })).Total.ShouldBe(2);
    }

    [Fact]
    public async Task A_daily_launch_without_per_starts_one_instance_per_date()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(Scheduled("daily-check", """{ "cron": "30 7 * * 1-5" }"""));
        var launches = host.Get<RecurringLaunches>();

        // 23:30 UTC on 1 March is 06:30 on 2 March in Hanoi: the period is the local date.
        (await launches.LaunchAtAsync("daily-check", new DateTimeOffset(2027, 3, 1, 23, 30, 0, TimeSpan.Zero))).Single().Status.ShouldBe(RunStatus.Ok);
        (await launches.LaunchAtAsync("daily-check", new DateTimeOffset(2027, 3, 2, 7, 30, 0, Hanoi))).Single().Status.ShouldBe(RunStatus.Duplicate);
        (await launches.LaunchAtAsync("daily-check", new DateTimeOffset(2027, 3, 3, 7, 30, 0, Hanoi))).Single().Status.ShouldBe(RunStatus.Ok);

        (await host.Store.FindInstanceByCorrelationAsync("daily-check:2027-03-02")).ShouldNotBeNull();
        (await host.Store.FindInstanceByCorrelationAsync("daily-check:2027-03-03")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Registration_adds_a_recurring_job_per_scheduled_definition()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(Scheduled("yearly-review", """{ "cron": "0 8 15 1 *", "timeZone": "Asia/Ho_Chi_Minh", "per": "agency" }"""));
        await host.PublishAsync(Workflow("unscheduled", Node("start", "Start") + "," + Node("end", "End"), Edge("start", "end")));

        var registered = await host.Get<RecurringLaunches>().RegisterAsync();

        registered.ShouldBe(["yearly-review"]);
        using var connection = host.JobStorage.GetConnection();
        var jobs = connection.GetRecurringJobs();
        jobs.Select(j => j.Id).Order().ToArray().ShouldBe([WakeDrain.JobId, "yearly-review"], "the launches beside the wake-up drain");
        var job = jobs.Single(j => j.Id == "yearly-review");
        job.Cron.ShouldBe("0 8 15 1 *");
        job.Job.Type.ShouldBe(typeof(RecurringLaunches));
    }

    [Theory]
    [InlineData("0 8 15 1 *", true)]
    [InlineData("0 0 8 15 1 ?", true)]
    [InlineData("0 8 1 * *", false)]
    [InlineData("0 8 15 1 1", false)]
    [InlineData("30 7 * * 1-5", false)]
    public void A_cron_with_a_fixed_day_and_month_is_yearly(string cron, bool yearly) =>
        new LaunchSchedule(cron, TimeZoneInfo.Utc, false).IsYearly.ShouldBe(yearly);
}
