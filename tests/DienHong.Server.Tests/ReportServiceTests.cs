using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using DienHong.Web.Application;
using DienHong.Web.Application.Reports;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Organization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The report's figures over cases the engine ran on a real SQLite file with a clock the test moves: steps on time,
/// late and exactly at their due time, months cut in Vietnam time, overdue now, another agency's cases left out.
/// </summary>
public sealed class ReportServiceTests : IAsyncLifetime
{
    private static readonly OrganizationDirectory Organization = OrganizationDirectory.Load(Path.Combine(AppContext.BaseDirectory, "chau-thanh", "organization.json"));

    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-reports-").FullName;
    private readonly FakeTimeProvider clock = new(Vietnam(2027, 1, 28, 9));
    private ServiceProvider services = null!;

    private WorkflowEngine Engine => services.GetRequiredService<WorkflowEngine>();

    private ReportService Reports => services.GetRequiredService<ReportService>();

    public async Task InitializeAsync()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddDienHong(o => o.UseSqlite(Path.Combine(folder, "dienhong.db")).UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly))
            .UseOrganization(Organization.Organization);
        collection.AddSingleton(Organization);
        collection.AddDienHongApplication();
        services = collection.BuildServiceProvider();
        await services.StartDienHongAsync();
        await services.GetRequiredService<DefinitionCatalog>().ImportPublishedAsync(Review);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task The_figures_count_steps_on_time_late_and_at_their_due_time_per_month_in_vietnam_time()
    {
        // Thursday 28 January 09:00: two working days are due by the end of Monday 1 February.
        var onTime = await StartAsync("van-phong");
        var late = await StartAsync("van-phong");
        var otherAgency = await StartAsync("phong-tc-kh");
        clock.Advance(TimeSpan.FromDays(1));
        await CompleteAsync(onTime);

        // 23:30 on Sunday 31 January in Vietnam is 16:30 UTC: January's, started and done.
        clock.SetUtcNow(Vietnam(2027, 1, 31, 23, 30));
        await CompleteAsync(await StartAsync("van-phong"));

        clock.SetUtcNow(Vietnam(2027, 2, 2, 9));
        var atDue = await StartAsync("van-phong");
        clock.SetUtcNow(Vietnam(2027, 2, 3, 9));
        await StartAsync("van-phong");
        clock.SetUtcNow(await DueAsync(atDue));
        await CompleteAsync(atDue);
        clock.SetUtcNow(Vietnam(2027, 2, 10, 9));
        await CompleteAsync(late);
        await CompleteAsync(otherAgency);
        clock.SetUtcNow(Vietnam(2027, 2, 20, 9));

        var head = Person("E0101");
        var report = (await Reports.ReadAsync(head, new ReportRequest(From: new(2027, 1, 1), To: new(2027, 2, 28)))).Value!;
        var february = (await Reports.ReadAsync(head, new ReportRequest(From: new(2027, 2, 1), To: new(2027, 2, 28)))).Value!;

        report.Agencies.ShouldHaveSingleItem().ShouldBe(new AgencyReport(
            "van-phong", Organization.FindAgency("van-phong")!.Name, 5, 4, 4, 3, 1, 0.75, 1, 0, 0, 0, 0,
            [new MonthFigures("2027-01", 2, 0), new MonthFigures("2027-02", 1, 1)]), new AgencyReportComparer());
        report.At.ShouldBe(Vietnam(2027, 2, 20, 9));
        var feb = february.Agencies.ShouldHaveSingleItem();
        (feb.CasesOpened, feb.CasesClosed, feb.StepsOnTime, feb.StepsLate, feb.OnTimeRate).ShouldBe((2, 2, 1, 1, 0.5));
    }

    [Fact]
    public async Task A_period_without_a_completed_step_has_no_on_time_rate_and_defaults_to_this_month()
    {
        await StartAsync("van-phong");

        var report = (await Reports.ReadAsync(Person("E0101"), new ReportRequest())).Value!;

        (report.From, report.To).ShouldBe((new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 28)));
        var office = report.Agencies.ShouldHaveSingleItem();
        (office.CasesOpened, office.StepsCompleted, office.OnTimeRate).ShouldBe((1, 0, (double?)null));
    }

    /// <summary>The union chair of the office is also the district committee's (the demo organisation).</summary>
    [Theory]
    [InlineData("E0101", new[] { "van-phong" })]
    [InlineData("E0102", new[] { "ubnd-huyen", "van-phong" })]
    [InlineData("E0104", new[] { "van-phong" })]
    [InlineData("E0110", new string[0])]
    public void Who_reads_which_agencys_report(string person, string[] agencies) =>
        services.GetRequiredService<ReportAccess>().Agencies(Person(person)).Select(a => a.Id).ShouldBe(agencies);

    [Fact]
    public void The_workflow_administrators_read_every_agency_and_the_system_administrator_none()
    {
        var access = services.GetRequiredService<ReportAccess>();

        access.Agencies(Current(Demo("workflow-admin", null, DienHongClaims.WorkflowAdmin))).Count.ShouldBe(Organization.Organization.Agencies.Count);
        access.Agencies(Person("E0108")).Count.ShouldBe(Organization.Organization.Agencies.Count);
        access.Agencies(Current(Demo("system-admin", null, DienHongClaims.SystemAdmin))).ShouldBeEmpty();
    }

    private const string Review = """
        {
          "key": "review", "version": 1, "name": { "vi": "Xem xét", "en": "Review" },
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "review", "type": "HumanTask", "assignee": { "user": "E0104" }, "outcomes": ["Done"], "due": { "workingDays": 2 } },
            { "id": "end", "type": "End", "outcome": "Done" }
          ],
          "edges": [ { "from": "start", "to": "review" }, { "from": "review", "outcome": "Done", "to": "end" } ]
        }
        """;

    private static DateTimeOffset Vietnam(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private PersonAccess Person(string id) => Current(Demo(id.ToLowerInvariant(), id));

    private PersonAccess Current(System.Security.Claims.ClaimsPrincipal user) => new CurrentPerson(Organization, clock).Resolve(user);

    private static System.Security.Claims.ClaimsPrincipal Demo(string userName, string? personId, params string[] roles)
    {
        var claims = new List<System.Security.Claims.Claim> { new(System.Security.Claims.ClaimTypes.Name, userName) };
        if (personId is not null)
        {
            claims.Add(new(DienHongClaims.Person, personId));
        }

        claims.AddRange(roles.Select(r => new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, r)));
        return new(new System.Security.Claims.ClaimsIdentity(claims, "test"));
    }

    private async Task<string> StartAsync(string agency)
    {
        var started = await Engine.StartAsync(new StartRequest { DefinitionKey = "review", Agency = agency, Actor = "E0104" });
        started.Status.ShouldBe(RunStatus.Ok, started.Message);
        return started.InstanceId!;
    }

    private async Task CompleteAsync(string instanceId)
    {
        var bookmark = (await services.GetRequiredService<IWorkflowStore>().LoadAsync(instanceId))!.Bookmarks.Single();
        var done = await Engine.ResumeAsync(bookmark.Id, new ResumeInput("E0104", "Done", null), instanceId);
        done.Status.ShouldBe(RunStatus.Ok, done.Message);
    }

    private async Task<DateTimeOffset> DueAsync(string instanceId) =>
        (await services.GetRequiredService<IWorkflowStore>().LoadAsync(instanceId))!.Bookmarks.Single().DueAt!.Value;

    /// <summary>Records compare their month lists by reference; this compares them by value.</summary>
    private sealed class AgencyReportComparer : IEqualityComparer<AgencyReport>
    {
        public bool Equals(AgencyReport? x, AgencyReport? y) =>
            x is not null && y is not null && x with { Months = Array.Empty<MonthFigures>() } == y with { Months = Array.Empty<MonthFigures>() } && x.Months.SequenceEqual(y.Months);

        public int GetHashCode(AgencyReport obj) => obj.Agency.GetHashCode(StringComparison.Ordinal);
    }
}
