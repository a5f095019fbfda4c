using System.Net;
using DienHong.Server.Testing;
using Microsoft.Data.Sqlite;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The inbox reads its page's cases in one go, each still checked against its seal: a case changed outside the
/// engine keeps its task out of the inbox (it is not shown as if sound), and the other cases' tasks stay.
/// </summary>
public sealed class ApiInboxTamperTests(SharedServer shared) : IClassFixture<SharedServer>
{
    // The class's own server (a class fixture): the case changed outside the engine touches no other test's data.
    private ServerFactory Server => shared.Server;

    [Fact]
    public async Task A_tampered_case_keeps_its_task_out_of_the_inbox_and_the_others_stay()
    {
        var hr = await Server.BearerAsync("e0104");
        var sound = (await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0106")).JsonAsync(HttpStatusCode.Created)).String("id");
        var tampered = (await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0107")).JsonAsync(HttpStatusCode.Created)).String("id");
        (await InboxCasesAsync(hr)).ShouldBe([sound, tampered], ignoreOrder: true);

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(Server.DataFolder, "dienhong.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE instances SET variables = '{\"employeeId\":\"E0999\"}' WHERE id = @id";
            command.Parameters.AddWithValue("@id", tampered);
            command.ExecuteNonQuery().ShouldBe(1);
        }

        (await InboxCasesAsync(hr)).ShouldBe([sound]);
    }

    private static async Task<List<string>> InboxCasesAsync(HttpClient client) =>
        [.. (await client.GetAsync("/api/v1/tasks?pageSize=50").JsonAsync()).GetProperty("items").EnumerateArray().Select(t => t.String("instanceId"))];
}
