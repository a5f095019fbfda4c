using DienHong.Calendar;
using DienHong.Engine.Hosting;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Store.Tests;

/// <summary>
/// The server's queries on SQLite read through their indexes, never scan a whole table: the plans SQLite chooses
/// for the statements each query really runs.
/// </summary>
public sealed class SqliteQueryPlanTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-plans-").FullName;
    private ServiceProvider? provider;

    private ServiceProvider Services => provider!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddDienHong(o => o.UseSqlite(Path.Combine(folder, "dienhong.db")).UseCalendar(WorkingCalendar.Weekdays));
        provider = services.BuildServiceProvider();
        await provider.StartDienHongAsync();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task The_inbox_of_a_person_reads_by_assignee_and_due_time()
    {
        var plans = await PlansAsync(() => Services.GetRequiredService<ITaskQueries>().InboxAsync(new InboxQuery(["user:a"], null, 10, "5:b")).AsTask());

        plans.Count.ShouldBe(2);
        // The count may read the inbox index (its first column is the assignee), the page the assignee-and-due index.
        plans.ShouldAllBe(p => p.StartsWith("SEARCH b USING COVERING INDEX IX_bookmarks_inbox (assignee=?)", StringComparison.Ordinal) || p.Contains("USING INDEX IX_bookmarks_assignee_due_at"));
        plans.ShouldAllBe(p => !p.Contains("SCAN ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_inbox_of_a_role_in_an_agency_walks_one_page_of_the_inbox_index()
    {
        // "role:hr" is every agency's HR: at 1,000 agencies it has a million tasks, an agency's HR a thousand. The count
        // reads the agency's entries of the inbox index alone; the page walks them in order, only as far as one page.
        var plans = await PlansAsync(() => Services.GetRequiredService<ITaskQueries>().InboxAsync(new InboxQuery(["role:hr"], ["agency-a"], 50, "5:b")).AsTask());

        plans.Count.ShouldBe(2);
        plans[0].ShouldBe("SEARCH b USING COVERING INDEX IX_bookmarks_inbox (assignee=? AND agency=? AND kind=?)");
        plans[1].ShouldStartWith("SEARCH b USING INDEX IX_bookmarks_inbox (assignee=? AND agency=? AND kind=? AND <expr>>?)");
        plans[1].ShouldContain("SEARCH i USING INDEX sqlite_autoindex_instances_1 (id=?)");
        plans[1].ShouldNotContain("TEMP B-TREE");
    }

    [Fact]
    public async Task The_inbox_of_several_roles_in_an_agency_reads_the_inbox_index_never_the_agencys_cases()
    {
        var plans = await PlansAsync(() => Services.GetRequiredService<ITaskQueries>().InboxAsync(new InboxQuery(["role:head", "user:a"], ["agency-a"], 10, "5:b")).AsTask());

        plans.Count.ShouldBe(2);
        plans.ShouldAllBe(p => p.Contains("INDEX IX_bookmarks_inbox (assignee=? AND agency=? AND kind=?"));
        plans.ShouldAllBe(p => !p.Contains("IX_instances_agency_status") && !p.Contains("SCAN ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_report_reads_by_time_on_every_part()
    {
        var reports = Services.GetRequiredService<IReportQueries>();
        var plan = (await PlansAsync(() => reports.CountsAsync(new ReportQuery(DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow)).AsTask())).ShouldHaveSingleItem();
        var oneAgency = (await PlansAsync(() => reports.CountsAsync(new ReportQuery(DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow, ["agency-a"])).AsTask())).ShouldHaveSingleItem();

        // With agencies SQLite may read the agency index instead of the time index: an index either way, never the table.
        oneAgency.Split('\n').ShouldNotContain(line => line.StartsWith("SCAN instances", StringComparison.Ordinal) || line.StartsWith("SCAN c", StringComparison.Ordinal) && line != "SCAN completions");
        plan.ShouldContain("SEARCH instances USING INDEX IX_instances_created_at_id");
        plan.ShouldContain("SEARCH instances USING INDEX IX_instances_completed_at");
        plan.ShouldContain("SEARCH c USING INDEX IX_journal_at");
        plan.ShouldContain("SEARCH t USING INDEX sqlite_autoindex_journal_1 (instance_id=? AND seq<?)");
        plan.Split('\n').Count(l => l.Contains("CORRELATED SCALAR SUBQUERY", StringComparison.Ordinal)).ShouldBe(1);
        var byMonth = (await PlansAsync(() => reports.CountsByPartAsync(new ReportQuery(DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow), [DateTimeOffset.UnixEpoch.AddDays(31)]).AsTask())).ShouldHaveSingleItem();
        byMonth.Split('\n').Where(l => l.StartsWith("SEARCH", StringComparison.Ordinal)).ShouldBe(plan.Split('\n').Where(l => l.StartsWith("SEARCH", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_overdue_count_reads_open_tasks_from_an_index()
    {
        var plan = (await PlansAsync(() => Services.GetRequiredService<IReportQueries>().OverdueAsync(DateTimeOffset.UtcNow).AsTask())).ShouldHaveSingleItem();

        // Without statistics SQLite may read the open tasks by kind or by due time: an index either way, never the table.
        plan.ShouldStartWith("SEARCH b USING INDEX IX_bookmarks_");
        plan.Split('\n').ShouldNotContain(line => line.StartsWith("SCAN ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_instance_list_reads_newest_first_from_its_index()
    {
        var plan = (await PlansAsync(() => Services.GetRequiredService<IInstanceQueries>().ListAsync(new InstanceQuery { After = "5:i" }).AsTask()))[^1];

        plan.ShouldContain("IX_instances_created_at_id");
        plan.ShouldNotContain("TEMP B-TREE");
    }

    [Fact]
    public async Task My_cases_probe_the_journal_by_actor_and_the_open_tasks_by_case()
    {
        var query = new InstanceQuery { Involving = new Involvement("E0101", ["user:E0101"]), After = "5:i" };
        var plans = await PlansAsync(() => Services.GetRequiredService<IInstanceQueries>().ListAsync(query).AsTask());

        plans.ShouldAllBe(p => p.Contains("SEARCH j USING COVERING INDEX IX_journal_actor_instance_id (actor=? AND instance_id=?)"));
        plans.ShouldAllBe(p => p.Contains("SEARCH t USING INDEX IX_bookmarks_instance_id (instance_id=?)"));
        plans[^1].ShouldContain("IX_instances_created_at_id");
    }

    [Fact]
    public async Task The_disclosures_board_reads_the_agencies_instances_and_their_journal_by_key()
    {
        var plans = await PlansAsync(() => Services.GetRequiredService<IDisclosureQueries>().ListAsync(new DisclosureQuery(["agency-a"], Open: true, 10, "-5:i.1")).AsTask());

        plans.Count.ShouldBe(2);
        plans.ShouldAllBe(p => p.Contains("SEARCH i USING COVERING INDEX IX_instances_agency_status") || p.Contains("SEARCH i USING INDEX IX_instances_agency_status"));
        plans.ShouldAllBe(p => p.Contains("SEARCH j USING INDEX sqlite_autoindex_journal_1 (instance_id=?)"));
        plans.ShouldAllBe(p => !p.Contains("SCAN ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Postings_read_together_read_the_journal_and_bookmarks_by_key()
    {
        var plans = await PlansAsync(() => Services.GetRequiredService<IDisclosureQueries>().ReadAsync([new("i", 1), new("j", 2)]).AsTask());

        plans.Count.ShouldBe(3);
        plans[0].ShouldContain("SEARCH j USING INDEX sqlite_autoindex_journal_1 (instance_id=? AND seq=?)");
        plans[1].ShouldContain("SEARCH p USING INDEX sqlite_autoindex_journal_1 (instance_id=? AND seq=?)");
        plans[1].ShouldContain("SEARCH f USING INDEX sqlite_autoindex_journal_1 (instance_id=? AND seq>?)");
        plans[2].ShouldContain("IX_bookmarks_instance_id (instance_id=?)");
        plans.ShouldAllBe(p => !p.Contains("SCAN ", StringComparison.Ordinal));
    }

    /// <summary>Runs <paramref name="query"/> and explains every statement it ran, one text per statement.</summary>
    private async Task<List<string>> PlansAsync(Func<Task> query)
    {
        var recorded = new List<(string Sql, object?[] Values)>();
        Statements.Recorded.Value = recorded;
        await query();
        Statements.Recorded.Value = null;
        using var connection = Services.GetRequiredService<SqliteDatabase>().Open();
        return [.. recorded.Select(r =>
        {
            using var statement = new RawStatement(connection, "EXPLAIN QUERY PLAN " + r.Sql);
            return string.Join('\n', statement.Query(row => row.GetString(3), r.Values));
        })];
    }
}
