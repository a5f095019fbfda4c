using System.CommandLine;
using DienHong.Cli.Resources;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong export --db &lt;path&gt; --out &lt;folder&gt;</c> and <c>dienhong import --db &lt;path&gt; &lt;files&gt;...</c>:
/// chuyển định nghĩa quy trình giữa cơ sở dữ liệu và tệp.
/// </summary>
public static class DefinitionFilesCommands
{
    public static Command Export(CliContext context)
    {
        var db = new Option<string>("--db") { Description = CliMessages.DbOption, Required = true };
        var output = new Option<string>("--out") { Description = CliMessages.OutOption, Required = true };
        var command = new Command("export", CliMessages.ExportDescription) { db, output };
        command.SetAction((parse, ct) => ExportAsync(context, parse.GetValue(db)!, parse.GetValue(output)!, ct));
        return command;
    }

    public static Command Import(CliContext context)
    {
        var db = new Option<string>("--db") { Description = CliMessages.DbOption, Required = true };
        var files = new Argument<string[]>("files") { Description = CliMessages.FilesArgument, Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", CliMessages.ImportDescription) { db, files };
        command.SetAction((parse, ct) => ImportAsync(context, parse.GetValue(db)!, parse.GetValue(files) ?? [], ct));
        return command;
    }

    public static async Task<int> ExportAsync(CliContext context, string databasePath, string folder, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(databasePath))
        {
            await context.Error.WriteLineAsync(CliApp.F(CliMessages.DatabaseNotFound, databasePath));
            return ExitCodes.BadInput;
        }

        await using var services = CliServices.Create(databasePath, readOnly: true);
        try
        {
            var definitions = await services.GetRequiredService<DefinitionRepository>().ListAsync(cancellationToken);
            Directory.CreateDirectory(folder);
            foreach (var d in definitions)
            {
                var file = Path.Combine(folder, $"{d.Key}.v{d.Version}.workflow.json");
                await File.WriteAllTextAsync(file, d.Json, cancellationToken);
                await context.Out.WriteLineAsync(CliApp.F(CliMessages.Exported, d.Key, d.Version, d.Status, file));
            }

            await context.Out.WriteLineAsync(CliApp.F(CliMessages.ExportSummary, definitions.Count, folder));
            return ExitCodes.Success;
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, databasePath) is { } message)
        {
            await context.Error.WriteLineAsync(message);
            return ExitCodes.BadInput;
        }
        catch (InvalidOperationException e)
        {
            await context.Error.WriteLineAsync(CliApp.F(CliMessages.DatabaseUnreadable, databasePath, e.Message));
            return ExitCodes.BadInput;
        }
    }

    public static async Task<int> ImportAsync(CliContext context, string databasePath, IReadOnlyList<string> files, CancellationToken cancellationToken = default)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        foreach (var f in missing)
        {
            await context.Error.WriteLineAsync(CliApp.F(CliMessages.PathNotFound, f));
        }

        if (missing.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        await using var services = CliServices.Create(databasePath);
        try
        {
            var database = services.GetRequiredService<SqliteDatabase>();
            DatabaseStartText.Write(context, await database.MigrateAsync(cancellationToken), database);
            var validator = services.Validator();
            var repository = services.GetRequiredService<DefinitionRepository>();
            var exit = ExitCodes.Success;
            foreach (var file in files)
            {
                var report = validator.ValidateFile(file);
                if (!report.IsValid)
                {
                    foreach (var e in report.Errors)
                    {
                        await context.Out.WriteLineAsync(e.ToString());
                    }

                    exit = ExitCodes.CheckFailed;
                    continue;
                }

                try
                {
                    var stored = await repository.ImportPublishedAsync(await File.ReadAllTextAsync(file, cancellationToken), cancellationToken);
                    await context.Out.WriteLineAsync(CliApp.F(CliMessages.Imported, file, stored.Key, stored.Version));
                }
                catch (Exception e) when (e is InvalidOperationException or DefinitionRejectedException)
                {
                    await context.Out.WriteLineAsync(CliApp.F(CliMessages.ImportRefused, file, e.Message));
                    exit = ExitCodes.CheckFailed;
                }
            }

            return exit;
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, databasePath) is { } message)
        {
            await context.Error.WriteLineAsync(message);
            return ExitCodes.BadInput;
        }
    }
}
