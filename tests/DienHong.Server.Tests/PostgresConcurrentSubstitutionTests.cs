using System.Net;
using DienHong.Server.Testing;
using DienHong.Testing;
using DienHong.Workflows.Organization;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// Two nodes on one PostgreSQL database, each sent one of two overlapping substitutions for the same person at the
/// same moment: exactly one is recorded, the other is refused with the overlap's 409, round after round.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrentSubstitutionTests(PostgresServer postgres) : IDisposable
{
    private readonly DataFolder folder = new();

    [PostgresFact]
    public async Task Overlapping_substitutions_sent_to_two_nodes_at_once_record_one()
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL", ["Database:ConnectionString"] = await postgres.NewDatabaseAsync() };
        var today = AssigneeResolver.LocalDay(DateTimeOffset.UtcNow);
        await using var one = new ServerFactory(folder.Path, settings).Started();
        var password = one.DemoPassword.ShouldNotBeNull();
        await using var other = new ServerFactory(folder.Path, settings).Started();
        var (hrOne, hrOther) = (await one.BearerAsync("e0104", password), await other.BearerAsync("e0104", password));

        for (var round = 0; round < 4; round++)
        {
            var first = today.AddDays(200 + (10 * round));
            var both = await Task.WhenAll(
                hrOne.PostJsonAsync("/api/v1/organisation/substitutions", ConcurrentSubstitutionTests.Body("E0108", "E0105", first, first.AddDays(4))),
                hrOther.PostJsonAsync("/api/v1/organisation/substitutions", ConcurrentSubstitutionTests.Body("E0108", "E0107", first.AddDays(2), first.AddDays(6))));

            both.Select(r => r.StatusCode).Order().ToArray().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], $"round {round}");
            await Task.FromResult(both.Single(r => r.StatusCode == HttpStatusCode.Conflict)).ProblemAsync(HttpStatusCode.Conflict, "substitution.overlap");
        }

        (await PostgresStartTests.CountAsync(settings["Database:ConnectionString"]!, "SELECT count(*) FROM \"RecordedSubstitutions\"")).ShouldBe(4);
    }

    public void Dispose() => folder.Dispose();
}
