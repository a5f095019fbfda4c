using System.Text;
using DienHong.Engine.Hosting;
using DienHong.Persistence;
using Microsoft.Data.Sqlite;

namespace DienHong.Store.Tests;

/// <summary>The store contract on a SQLite file in a temporary folder, with its keyed seals checked by journal audit.</summary>
public sealed class SqliteStoreContractTests : StoreContract
{
    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-store-").FullName;

    protected override void UseStore(DienHongOptions options) => options.UseSqlite(Path.Combine(folder, "dienhong.db"));

    protected override Task<int> ExecuteOutsideTheEngineAsync(string sql, string instanceId)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "dienhong.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", instanceId);
        return Task.FromResult(command.ExecuteNonQuery());
    }

    /// <summary>The database file and its write-ahead log, byte for byte, as someone who copies them reads them.</summary>
    protected override Task<string> EverythingStoredAsync()
    {
        var db = Path.Combine(folder, "dienhong.db");
        return Task.FromResult(string.Concat(new[] { db, db + "-wal" }.Where(File.Exists).Select(f => Encoding.Latin1.GetString(File.ReadAllBytes(f)))));
    }

    protected override ValueTask DeleteAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
        return ValueTask.CompletedTask;
    }
}
