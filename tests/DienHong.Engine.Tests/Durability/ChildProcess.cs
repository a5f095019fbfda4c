using System.Diagnostics;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

namespace DienHong.Engine.Tests.Durability;

/// <summary>
/// This test assembly run as a program (<c>dotnet DienHong.Engine.Tests.dll hold &lt;db&gt;</c>): another process that
/// owns a database through the engine's own code, so tests can watch a second process being refused and kill the
/// owner with SIGKILL. <c>hold-migrating</c> also leaves the row EF Core writes in <c>__EFMigrationsLock</c> while it
/// migrates, as a process killed in the middle of a migration does.
/// </summary>
public static class ChildProcess
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not [("hold" or "hold-migrating") and var mode, var path])
        {
            await Console.Error.WriteLineAsync("usage: hold|hold-migrating <database>");
            return 2;
        }

        using var database = new SqliteDatabase(path);
        await database.MigrateAsync();
        if (mode == "hold-migrating")
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            // The statements of EF Core's SqliteHistoryRepository when it takes its migration lock.
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT OR IGNORE INTO "__EFMigrationsLock"("Id", "Timestamp") VALUES(1, '2027-02-01 08:00:00+07:00');
                """;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine($"ready {Environment.ProcessId}");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    /// <summary>Starts this assembly as a child that holds <paramref name="databasePath"/>; returns once it holds it.</summary>
    public static async Task<Process> HoldAsync(string databasePath, bool migrating = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { typeof(ChildProcess).Assembly.Location, migrating ? "hold-migrating" : "hold", databasePath })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            return line?.StartsWith("ready", StringComparison.Ordinal) == true
                ? process
                : throw new InvalidOperationException($"The child did not take the database: {line}");
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }
}
