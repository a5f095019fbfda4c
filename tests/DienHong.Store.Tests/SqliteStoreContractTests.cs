using DienHong.Engine.Hosting;
using DienHong.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Store.Tests;

/// <summary>The store contract on a SQLite file in a temporary folder, with its keyed seals checked by journal verify.</summary>
public sealed class SqliteStoreContractTests : StoreContract
{
    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-store-").FullName;

    protected override void UseStore(DienHongOptions options) => options.UseSqlite(Path.Combine(folder, "dienhong.db"));

    protected override Task<IReadOnlyList<string>> VerifyAsync(IServiceProvider services) =>
        Task.FromResult<IReadOnlyList<string>>([.. services.GetRequiredService<JournalVerifier>().Verify().Discrepancies.Select(d => d.ToString())]);

    protected override Task ChangeOutsideTheEngineAsync(string instanceId)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "dienhong.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE instances SET status = 'Completed' WHERE id = $id";
        command.Parameters.AddWithValue("$id", instanceId);
        command.ExecuteNonQuery().ShouldBe(1);
        return Task.CompletedTask;
    }

    protected override ValueTask DeleteAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
        return ValueTask.CompletedTask;
    }
}
