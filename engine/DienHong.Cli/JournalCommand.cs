using System.CommandLine;
using System.Text.Json;
using DienHong.Cli.Resources;
using DienHong.Engine.Audit;
using DienHong.Simulation;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong journal verify [--db | --postgres] [--anchors &lt;file&gt;] [--keys &lt;file&gt;] [--json]</c>: kiểm tra
/// nhật ký; and the anchor commands of <see cref="JournalAnchorCommands"/>. Verify reads one snapshot without the
/// owner's lock, so it works beside a running engine and on a file nobody may write.
/// </summary>
public static class JournalCommand
{
    /// <summary>The database a workspace uses when <c>--db</c> is not given.</summary>
    public static readonly string DefaultDatabase = Path.Combine(".dienhong", "dienhong.db");

    public static Command Create(CliContext context)
    {
        var db = DbOption();
        var postgres = JournalDatabase.PostgresOption();
        var keys = KeysOption();
        var anchors = new Option<string>("--anchors") { Description = CliMessages.AnchorsOption };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var verify = new Command("verify", CliMessages.VerifyDescription) { db, postgres, keys, anchors, json };
        verify.SetAction((parse, ct) => VerifyAsync(context, JournalDatabase.From(parse, db, postgres, keys), parse.GetValue(json), parse.GetValue(anchors), ct));
        return new Command("journal", CliMessages.JournalDescription)
        {
            Subcommands = { verify, JournalAnchorCommands.Anchor(context), JournalAnchorCommands.Anchors(context) },
        };
    }

    internal static Option<string> DbOption() => new("--db") { Description = CliMessages.DbOption, DefaultValueFactory = _ => DefaultDatabase };

    internal static Option<string> KeysOption() => new("--keys") { Description = CliMessages.KeysOption };

    private static async Task<int> VerifyAsync(CliContext context, JournalDatabase database, bool json, string? anchorsFile, CancellationToken cancellationToken)
    {
        if (database.Missing() is { } missing)
        {
            await context.Error.WriteLineAsync(missing);
            return ExitCodes.BadInput;
        }

        JournalVerification result;
        try
        {
            var kept = anchorsFile is null ? null : AnchorFile.Read(anchorsFile);
            await using var services = database.Services(readOnly: true);
            result = await JournalDatabase.Audit(services).VerifyAsync(kept, cancellationToken);
        }
        catch (Exception e) when (database.Describe(e) is { } message)
        {
            await context.Error.WriteLineAsync(message);
            return ExitCodes.BadInput;
        }

        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(VerificationText.Json(result), SimulationJson.Options));
        }
        else
        {
            foreach (var d in result.Discrepancies)
            {
                await context.Out.WriteLineAsync(VerificationText.Describe(d));
            }

            if (!result.SealsChecked)
            {
                await context.Out.WriteLineAsync(CliApp.F(CliMessages.SealsNotChecked, database.KeyLocation));
            }

            if (result.AnchorsChecked > 0)
            {
                await context.Out.WriteLineAsync(CliApp.F(CliMessages.AnchorsChecked, result.AnchorsChecked));
            }

            await context.Out.WriteLineAsync(result.IsIntact
                ? CliApp.F(CliMessages.JournalIntact, result.Instances, result.Entries)
                : CliApp.F(CliMessages.JournalDiscrepancies, result.Instances, result.Entries, result.Discrepancies.Count));
        }

        return result.IsIntact ? ExitCodes.Success : ExitCodes.CheckFailed;
    }
}
