using System.Globalization;
using System.Net;
using System.Security.Claims;
using DienHong.Calendar;
using DienHong.Web.Application.Administration;
using DienHong.Web.Application.Organisation;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// Two overlapping substitutions for one person recorded at the same moment (SQLite accounts database): exactly one
/// is recorded and the other gets the same 409 as an overlap recorded later, whether the two requests reach one
/// server or two nodes that each know only what they had read before.
/// </summary>
public sealed class ConcurrentSubstitutionTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private const int Rounds = 4;

    private static DateOnly Today => AssigneeResolver.LocalDay(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Two_overlapping_requests_at_once_record_one_and_refuse_the_other_as_an_overlap()
    {
        var hr = cases.Client("e0104");
        for (var round = 0; round < Rounds; round++)
        {
            var first = Today.AddDays(200 + (10 * round));
            var both = await Task.WhenAll(
                hr.PostJsonAsync("/api/v1/organisation/substitutions", Body("E0108", "E0105", first, first.AddDays(4))),
                hr.PostJsonAsync("/api/v1/organisation/substitutions", Body("E0108", "E0107", first.AddDays(2), first.AddDays(6))));

            both.Select(r => r.StatusCode).Order().ToArray().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], $"round {round}");
            await Task.FromResult(both.Single(r => r.StatusCode == HttpStatusCode.Conflict)).ProblemAsync(HttpStatusCode.Conflict, "substitution.overlap");
        }

        (await RecordedAsync("E0108")).ShouldBe(Rounds);
    }

    [Fact]
    public async Task Two_nodes_that_had_not_read_each_others_records_cannot_both_record_an_overlap()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (one, other) = (await NodeAsync(), await NodeAsync());
            var first = Today.AddDays(300 + (10 * round));
            var both = await Task.WhenAll(
                one.RecordAsync(Hr(), new RecordSubstitution("van-phong", "E0109", "E0105", first, first.AddDays(4), null)),
                other.RecordAsync(Hr(), new RecordSubstitution("van-phong", "E0109", "E0107", first.AddDays(4), first.AddDays(8), null)));

            both.Count(r => r.Succeeded).ShouldBe(1, $"round {round}");
            both.Single(r => !r.Succeeded).Refusal!.Code.Value.ShouldBe(AdministrationRefusals.Overlap.Value);
        }

        (await RecordedAsync("E0109")).ShouldBe(Rounds);
    }

    /// <summary>A node of its own: its own view of the organisation, read from the accounts database once, as a second server would.</summary>
    private async Task<SubstitutionService> NodeAsync()
    {
        var services = cases.Server.Services;
        var contexts = services.GetRequiredService<IDbContextFactory<AdministrationDbContext>>();
        var directory = new OrganizationDirectory(services.GetRequiredService<OrganizationDirectory>().Organization);
        var records = new AdministrationRecords(contexts, directory, services.GetRequiredService<IWorkingCalendar>());
        await records.RefreshAsync();
        return new SubstitutionService(contexts, records, directory, TimeProvider.System);
    }

    private PersonAccess Hr() =>
        cases.Server.Services.GetRequiredService<CurrentPerson>().Resolve(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "e0104"), new Claim(DienHongClaims.Person, "E0104")], "test")));

    private async Task<int> RecordedAsync(string person)
    {
        await using var db = await cases.Server.Services.GetRequiredService<IDbContextFactory<AdministrationDbContext>>().CreateDbContextAsync();
        return await db.Substitutions.CountAsync(s => s.PersonId == person);
    }

    internal static object Body(string person, string substitute, DateOnly from, DateOnly to) => new
    {
        agency = "van-phong",
        personId = person,
        substituteId = substitute,
        from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        to = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
