using System.CommandLine;
using DienHong.Cli.Resources;
using DienHong.Engine.Security;
using DienHong.Persistence.Postgres;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong migrate-store [--from &lt;sqlite file&gt;] --to &lt;connection string&gt; [--keys] [--force] [--batch n]</c>:
/// chuyển kho dữ liệu from an SQLite file to PostgreSQL, then verify every chain, seal and anchor on the target with
/// the same key file. The target's connection string may come from <c>Database__ConnectionString</c> instead.
/// </summary>
public static class MigrateStoreCommand
{
    /// <summary>The environment variable (configuration key <c>Database:ConnectionString</c>) read when <c>--to</c> is not given.</summary>
    public const string ConnectionVariable = "Database__ConnectionString";

    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = CliMessages.MigrateFromOption, DefaultValueFactory = _ => DatabasePaths.Default, HelpName = "path" };
        var to = new Option<string>("--to") { Description = CliMessages.MigrateToOption, HelpName = "connection string" };
        var keys = JournalCommand.KeysOption();
        var force = new Option<bool>("--force") { Description = CliMessages.MigrateForceOption };
        var batch = new Option<int>("--batch") { Description = CliMessages.MigrateBatchOption, DefaultValueFactory = _ => 1000, HelpName = "rows" };
        var command = new Command("migrate-store", CliMessages.MigrateStoreDescription) { from, to, keys, force, batch };
        command.SetAction((parse, ct) => RunAsync(
            context, DatabasePaths.Existing(parse.GetValue(from)), parse.GetValue(to) ?? Environment.GetEnvironmentVariable(ConnectionVariable),
            parse.GetValue(keys), parse.GetValue(force), parse.GetValue(batch), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string sourcePath, string? connectionString, string? keyFile, bool force, int batch, CancellationToken cancellationToken)
    {
        if (batch < 1)
        {
            throw new CliInputException(CliApp.F(CliMessages.MigrateBatchInvalid, batch));
        }

        var target = Target(connectionString);
        using var keyring = new FileKeyring(keyFile ?? FileKeyring.BesideDatabase(sourcePath));
        using var source = new SqliteDatabase(sourcePath, keyring);
        using var postgres = new PostgresDatabase(connectionString!, keyring);
        var copy = new StoreCopy(source, postgres);
        StoreCopyResult result;
        try
        {
            var rows = await copy.TargetRowsAsync(cancellationToken);
            if (rows > 0 && !force)
            {
                await context.Error.WriteLineAsync(CliApp.F(CliMessages.MigrateTargetNotEmpty, target, rows));
                return ExitCodes.BadInput;
            }

            var progress = new SynchronousProgress(p => context.Error.WriteLine(CliApp.F(CliMessages.MigrateProgress, p.Table, p.Rows)));
            result = await copy.CopyAsync(force, batch, progress, cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, sourcePath) is { } message)
        {
            await context.Error.WriteLineAsync(message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await context.Error.WriteLineAsync(CliApp.F(CliMessages.MigrateTargetUnusable, target, e.Message));
            return ExitCodes.BadInput;
        }

        var r = result.Rows;
        await context.Out.WriteLineAsync(CliApp.F(CliMessages.MigrateCopied, sourcePath, target, r["definitions"], r["instances"], r["bookmarks"], r["journal"], r["incidents"], r["anchors"]));
        var verification = result.Verification;
        foreach (var d in verification.Discrepancies)
        {
            await context.Out.WriteLineAsync(VerificationText.Describe(d));
        }

        await context.Out.WriteLineAsync(verification.IsIntact
            ? CliApp.F(CliMessages.MigrateVerified, verification.Instances, verification.Entries, verification.AnchorsChecked)
            : CliApp.F(CliMessages.MigrateNotVerified, verification.Discrepancies.Count));
        return verification.IsIntact ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    /// <summary>The target as people are shown it (host, port and database; never the password), or a clear error.</summary>
    private static string Target(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new CliInputException(CliApp.F(CliMessages.MigrateToMissing, ConnectionVariable));
        }

        return PostgresTarget.Describe(connectionString, CliMessages.MigrateToInvalid);
    }

    /// <summary>Reports on the copying thread, so progress lines come in order and before the summary.</summary>
    private sealed class SynchronousProgress(Action<StoreCopyProgress> report) : IProgress<StoreCopyProgress>
    {
        public void Report(StoreCopyProgress value) => report(value);
    }
}
