using System.CommandLine;
using System.Text.Json;
using DienHong.Cli.Resources;
using DienHong.Engine.Security;
using DienHong.Persistence;
using DienHong.Persistence.Anchors;
using DienHong.Persistence.Sqlite;
using DienHong.Simulation;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong journal verify [--db] [--anchors &lt;file&gt;] [--keys &lt;file&gt;] [--json]</c>: kiểm tra nhật ký; and
/// the anchor commands of <see cref="JournalAnchorCommands"/>. Verify reads the database read-only, without the
/// owner's lock, so it works beside a running engine and on a file nobody may write.
/// </summary>
public static class JournalCommand
{
    /// <summary>The database a workspace uses when <c>--db</c> is not given.</summary>
    public static readonly string DefaultDatabase = Path.Combine(".dienhong", "dienhong.db");

    public static Command Create(CliContext context)
    {
        var db = DbOption();
        var keys = KeysOption();
        var anchors = new Option<string>("--anchors") { Description = CliMessages.AnchorsOption };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var verify = new Command("verify", CliMessages.VerifyDescription) { db, keys, anchors, json };
        verify.SetAction(parse => Verify(context, parse.GetValue(db) ?? DefaultDatabase, parse.GetValue(json), parse.GetValue(anchors), parse.GetValue(keys)));
        return new Command("journal", CliMessages.JournalDescription)
        {
            Subcommands = { verify, JournalAnchorCommands.Anchor(context), JournalAnchorCommands.Anchors(context) },
        };
    }

    public static int Verify(CliContext context, string databasePath, bool json, string? anchorsFile = null, string? keyFile = null)
    {
        if (!File.Exists(databasePath))
        {
            context.Error.WriteLine(CliApp.F(CliMessages.DatabaseNotFound, databasePath));
            return ExitCodes.BadInput;
        }

        JournalVerification result;
        try
        {
            var kept = anchorsFile is null ? null : AnchorFile.Read(anchorsFile);
            using var keys = Keys(databasePath, keyFile);
            using var database = SqliteDatabase.OpenReadOnly(databasePath, keys);
            result = new JournalVerifier(database).Verify(kept);
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, databasePath) is { } message)
        {
            context.Error.WriteLine(message);
            return ExitCodes.BadInput;
        }

        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(VerificationText.Json(result), SimulationJson.Options));
        }
        else
        {
            foreach (var d in result.Discrepancies)
            {
                context.Out.WriteLine(VerificationText.Describe(d));
            }

            if (!result.SealsChecked)
            {
                context.Out.WriteLine(CliApp.F(CliMessages.SealsNotChecked, Path.GetFullPath(keyFile ?? FileKeyring.BesideDatabase(databasePath))));
            }

            if (result.AnchorsChecked > 0)
            {
                context.Out.WriteLine(CliApp.F(CliMessages.AnchorsChecked, result.AnchorsChecked));
            }

            context.Out.WriteLine(result.IsIntact
                ? CliApp.F(CliMessages.JournalIntact, result.Instances, result.Entries)
                : CliApp.F(CliMessages.JournalDiscrepancies, result.Instances, result.Entries, result.Discrepancies.Count));
        }

        return result.IsIntact ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    internal static Option<string> DbOption() => new("--db") { Description = CliMessages.DbOption, DefaultValueFactory = _ => DefaultDatabase };

    internal static Option<string> KeysOption() => new("--keys") { Description = CliMessages.KeysOption };

    /// <summary>The key file given, or the one beside the database.</summary>
    internal static FileKeyring Keys(string databasePath, string? keyFile) => new(keyFile ?? FileKeyring.BesideDatabase(databasePath));
}
