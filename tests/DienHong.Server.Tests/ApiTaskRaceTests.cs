using System.Net;
using DienHong.Server.Testing;
using Microsoft.Data.Sqlite;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// A task action reads its case once, in the engine's run: completions racing for one task give one 200 and 409s with
/// nothing lost or doubled, and a case changed outside the engine is refused as tampered with nothing run on it.
/// </summary>
public sealed class ApiTaskRaceTests : IAsyncLifetime, IDisposable
{
    private readonly DataFolder folder = new();
    private ServerFactory server = null!;

    public Task InitializeAsync()
    {
        server = new ServerFactory(folder.Path).Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Completions_racing_for_one_task_give_one_success_and_conflicts()
    {
        var hr = await server.BearerAsync("e0104");
        var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0110")).JsonAsync(HttpStatusCode.Created);
        var id = started.String("id");
        var task = started.GetProperty("openTasks")[0].String("id");

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => hr.PostJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Submitted" }))));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            await Task.FromResult(refused).ProblemAsync(HttpStatusCode.Conflict, "task.closed");
        }

        var journal = (await hr.GetAsync($"/api/v1/instances/{id}/journal").JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        journal.Count(e => e.String("event") == "TaskCompleted" && e.String("nodeId") == "hr-prepare").ShouldBe(1);
        journal.Count(e => e.String("event") == "TaskCreated" && e.String("nodeId") == "head-decide").ShouldBe(1);
        (await hr.GetAsync($"/api/v1/instances/{id}/journal/verify").JsonAsync()).GetProperty("intact").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_task_of_a_tampered_case_is_refused_and_nothing_runs()
    {
        var hr = await server.BearerAsync("e0104");
        var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0106")).JsonAsync(HttpStatusCode.Created);
        var id = started.String("id");
        var task = started.GetProperty("openTasks")[0].String("id");
        Sql("UPDATE instances SET variables = '{\"employeeId\":\"E0101\"}' WHERE id = $id", id).ShouldBe(1);
        var journal = Sql("SELECT COUNT(*) FROM journal WHERE instance_id = $id", id);

        await hr.PostJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Submitted" }).ProblemAsync(HttpStatusCode.Conflict, "instance.tampered");

        Sql("SELECT COUNT(*) FROM journal WHERE instance_id = $id", id).ShouldBe(journal);
        Sql("SELECT COUNT(*) FROM bookmarks WHERE instance_id = $id AND node_id = 'hr-prepare'", id).ShouldBe(1);
    }

    /// <summary>A statement on the server's database file beside the engine, as someone with the file can: the count it returns or the rows it changed.</summary>
    private long Sql(string sql, string id)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.Path, "dienhong.db"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return sql.StartsWith("SELECT", StringComparison.Ordinal) ? (long)command.ExecuteScalar()! : command.ExecuteNonQuery();
    }
}
