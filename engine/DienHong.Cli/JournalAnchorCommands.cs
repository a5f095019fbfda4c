using System.CommandLine;
using System.Text.Json;
using DienHong.Cli.Resources;
using DienHong.Persistence;
using DienHong.Persistence.Anchors;
using DienHong.Persistence.Sqlite;
using DienHong.Simulation;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong journal anchor [--db] [--keys] [--json]</c> (ghi mốc neo: verify, then record a signed checkpoint of every
/// chain head; run it from cron) and <c>dienhong journal anchors export [--db] --out &lt;file&gt; [--keys]</c> (the file
/// an auditor keeps outside the system).
/// </summary>
public static class JournalAnchorCommands
{
    public static Command Anchor(CliContext context)
    {
        var db = JournalCommand.DbOption();
        var keys = JournalCommand.KeysOption();
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var command = new Command("anchor", CliMessages.AnchorDescription) { db, keys, json };
        command.SetAction((parse, ct) => AnchorAsync(context, parse.GetValue(db) ?? JournalCommand.DefaultDatabase, parse.GetValue(keys), parse.GetValue(json), ct));
        return command;
    }

    public static Command Anchors(CliContext context)
    {
        var db = JournalCommand.DbOption();
        var keys = JournalCommand.KeysOption();
        var output = new Option<string>("--out") { Description = CliMessages.AnchorOutOption, Required = true };
        var export = new Command("export", CliMessages.AnchorsExportDescription) { db, keys, output };
        export.SetAction(parse => Export(context, parse.GetValue(db) ?? JournalCommand.DefaultDatabase, parse.GetValue(keys), parse.GetValue(output)!));
        return new Command("anchors", CliMessages.AnchorsDescription) { Subcommands = { export } };
    }

    public static async Task<int> AnchorAsync(CliContext context, string databasePath, string? keyFile, bool json, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(databasePath))
        {
            await context.Error.WriteLineAsync(CliApp.F(CliMessages.DatabaseNotFound, databasePath));
            return ExitCodes.BadInput;
        }

        AnchorResult result;
        try
        {
            using var keys = JournalCommand.Keys(databasePath, keyFile);
            using var database = new SqliteDatabase(databasePath, keys);
            DatabaseStartText.Write(context, await database.MigrateAsync(cancellationToken), database);
            result = new JournalAnchors(database, new JournalVerifier(database), TimeProvider.System).Create();
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, databasePath) is { } message)
        {
            await context.Error.WriteLineAsync(message);
            return ExitCodes.BadInput;
        }

        if (json)
        {
            var a = result.Anchor;
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                anchor = a is null ? null : new { id = a.Id, at = a.At, instances = a.Instances, entries = a.Entries, root = a.Root, keyId = a.KeyId },
                verification = VerificationText.Json(result.Verification),
            }, SimulationJson.Options));
        }
        else if (result.Anchor is { } a)
        {
            await context.Out.WriteLineAsync(CliApp.F(CliMessages.AnchorMade, a.Id, a.At, a.Instances, a.Entries, a.Root));
        }
        else
        {
            foreach (var d in result.Verification.Discrepancies)
            {
                await context.Out.WriteLineAsync(VerificationText.Describe(d));
            }

            await context.Out.WriteLineAsync(CliMessages.AnchorRefused);
        }

        return result.Anchor is null ? ExitCodes.CheckFailed : ExitCodes.Success;
    }

    public static int Export(CliContext context, string databasePath, string? keyFile, string output)
    {
        if (!File.Exists(databasePath))
        {
            context.Error.WriteLine(CliApp.F(CliMessages.DatabaseNotFound, databasePath));
            return ExitCodes.BadInput;
        }

        try
        {
            using var keys = JournalCommand.Keys(databasePath, keyFile);
            using var database = SqliteDatabase.OpenReadOnly(databasePath, keys);
            var file = new JournalAnchors(database, new JournalVerifier(database), TimeProvider.System).Export();
            file.Write(output);
            context.Out.WriteLine(CliApp.F(CliMessages.AnchorsExported, file.Anchors.Count, output, file.KeyId));
            return ExitCodes.Success;
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, databasePath) is { } message)
        {
            context.Error.WriteLine(message);
            return ExitCodes.BadInput;
        }
    }
}
