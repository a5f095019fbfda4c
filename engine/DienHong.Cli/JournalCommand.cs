using System.CommandLine;
using System.Text.Json;
using DienHong.Cli.Resources;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using DienHong.Simulation;
using Microsoft.Data.Sqlite;

namespace DienHong.Cli;

/// <summary><c>dienhong journal verify [--db &lt;path&gt;] [--json]</c>: kiểm tra chuỗi băm nhật ký.</summary>
public static class JournalCommand
{
    /// <summary>The database a workspace uses when <c>--db</c> is not given.</summary>
    public static readonly string DefaultDatabase = Path.Combine(".dienhong", "dienhong.db");

    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db") { Description = CliMessages.DbOption, DefaultValueFactory = _ => DefaultDatabase };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var verify = new Command("verify", CliMessages.VerifyDescription) { db, json };
        verify.SetAction(parse => Verify(context, parse.GetValue(db) ?? DefaultDatabase, parse.GetValue(json)));
        return new Command("journal", CliMessages.JournalDescription) { Subcommands = { verify } };
    }

    public static int Verify(CliContext context, string databasePath, bool json)
    {
        if (!File.Exists(databasePath))
        {
            context.Error.WriteLine(CliApp.F(CliMessages.DatabaseNotFound, databasePath));
            return ExitCodes.BadInput;
        }

        JournalVerification result;
        var database = new SqliteDatabase(databasePath);
        try
        {
            result = new JournalVerifier(database).Verify();
        }
        catch (SqliteException e)
        {
            context.Error.WriteLine(CliApp.F(CliMessages.DatabaseUnreadable, databasePath, e.Message));
            return ExitCodes.BadInput;
        }
        finally
        {
            using var connection = new SqliteConnection(database.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }

        if (json)
        {
            var document = new
            {
                instances = result.Instances,
                entries = result.Entries,
                intact = result.IsIntact,
                broken = result.Broken.Select(b => new { instance = b.InstanceId, entry = b.Seq, reason = b.Reason }),
            };
            context.Out.WriteLine(JsonSerializer.Serialize(document, SimulationJson.Options));
        }
        else
        {
            foreach (var b in result.Broken)
            {
                context.Out.WriteLine(CliApp.F(CliMessages.JournalBroken, b.InstanceId, b.Seq, b.Reason));
            }

            context.Out.WriteLine(result.IsIntact
                ? CliApp.F(CliMessages.JournalIntact, result.Instances, result.Entries)
                : CliApp.F(CliMessages.JournalBrokenSummary, result.Instances, result.Entries, result.Broken.Count));
        }

        return result.IsIntact ? ExitCodes.Success : ExitCodes.CheckFailed;
    }
}
