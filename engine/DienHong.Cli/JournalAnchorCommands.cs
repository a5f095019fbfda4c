using System.CommandLine;
using System.Text.Json;
using DienHong.Cli.Resources;
using DienHong.Engine.Audit;
using DienHong.Simulation;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong journal anchor [--db | --postgres] [--keys] [--json]</c> (ghi mốc neo: verify, then record a signed
/// checkpoint of every chain head; run it from cron) and <c>dienhong journal anchors export [--db | --postgres] --out
/// &lt;file&gt; [--keys]</c> (the file an auditor keeps outside the system).
/// </summary>
public static class JournalAnchorCommands
{
    public static Command Anchor(CliContext context)
    {
        var db = JournalCommand.DbOption();
        var postgres = JournalDatabase.PostgresOption();
        var keys = JournalCommand.KeysOption();
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var command = new Command("anchor", CliMessages.AnchorDescription) { db, postgres, keys, json };
        command.SetAction((parse, ct) => AnchorAsync(context, JournalDatabase.From(parse, db, postgres, keys), parse.GetValue(json), ct));
        return command;
    }

    public static Command Anchors(CliContext context)
    {
        var db = JournalCommand.DbOption();
        var postgres = JournalDatabase.PostgresOption();
        var keys = JournalCommand.KeysOption();
        var output = new Option<string>("--out") { Description = CliMessages.AnchorOutOption, Required = true };
        var export = new Command("export", CliMessages.AnchorsExportDescription) { db, postgres, keys, output };
        export.SetAction((parse, ct) => ExportAsync(context, JournalDatabase.From(parse, db, postgres, keys), parse.GetValue(output)!, ct));
        return new Command("anchors", CliMessages.AnchorsDescription) { Subcommands = { export } };
    }

    private static async Task<int> AnchorAsync(CliContext context, JournalDatabase database, bool json, CancellationToken cancellationToken)
    {
        if (database.Missing() is { } missing)
        {
            await context.Error.WriteLineAsync(missing);
            return ExitCodes.BadInput;
        }

        AnchorResult result;
        try
        {
            await using var services = database.Services(readOnly: false);
            await database.StartAsync(context, services, cancellationToken);
            result = await JournalDatabase.Audit(services).CreateAnchorAsync(cancellationToken);
        }
        catch (Exception e) when (database.Describe(e) is { } message)
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

    private static async Task<int> ExportAsync(CliContext context, JournalDatabase database, string output, CancellationToken cancellationToken)
    {
        if (database.Missing() is { } missing)
        {
            await context.Error.WriteLineAsync(missing);
            return ExitCodes.BadInput;
        }

        try
        {
            await using var services = database.Services(readOnly: true);
            var file = await JournalDatabase.Audit(services).ExportAnchorsAsync(cancellationToken);
            file.Write(output);
            await context.Out.WriteLineAsync(CliApp.F(CliMessages.AnchorsExported, file.Anchors.Count, output, file.KeyId));
            return ExitCodes.Success;
        }
        catch (Exception e) when (database.Describe(e) is { } message)
        {
            await context.Error.WriteLineAsync(message);
            return ExitCodes.BadInput;
        }
    }
}
