using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Cli.Resources;
using DienHong.Engine.Catalog;
using DienHong.Engine.Definitions;
using DienHong.Engine.Storage;
using DienHong.Engine.Validation;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong export [--db &lt;path&gt;] --out &lt;folder&gt;</c> and <c>dienhong import [--db &lt;path&gt;] &lt;files or folders&gt;...</c>:
/// chuyển định nghĩa quy trình giữa cơ sở dữ liệu và tệp. Both use <see cref="DatabasePaths.Default"/> without <c>--db</c>.
/// </summary>
public static class DefinitionFilesCommands
{
    /// <summary>Who a command-line import is journalled as: the operating-system account that ran it.</summary>
    private static string CliActor => "cli:" + Environment.UserName;

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Command Export(CliContext context)
    {
        var db = new Option<string>("--db") { Description = CliMessages.DbOption, DefaultValueFactory = _ => DatabasePaths.Default, HelpName = "path" };
        var output = new Option<string>("--out") { Description = CliMessages.OutOption, Required = true, HelpName = "folder" };
        var command = new Command("export", CliMessages.ExportDescription) { db, output };
        command.SetAction((parse, ct) => ExportAsync(context, parse, DatabasePaths.Existing(parse.GetValue(db)), parse.GetValue(output)!, ct));
        return command;
    }

    public static Command Import(CliContext context)
    {
        var db = new Option<string>("--db") { Description = CliMessages.DbOption, DefaultValueFactory = _ => DatabasePaths.Default, HelpName = "path" };
        var files = new Argument<string[]>("files") { Description = CliMessages.FilesArgument, Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", CliMessages.ImportDescription) { db, files };
        command.SetAction((parse, ct) => ImportAsync(context, parse, parse.GetValue(db), parse.GetValue(files) ?? [], ct));
        return command;
    }

    private static async Task<int> ExportAsync(CliContext context, ParseResult parse, string databasePath, string folder, CancellationToken cancellationToken)
    {
        if (File.Exists(folder))
        {
            throw new CliInputException(CliApp.F(CliMessages.OutIsFile, folder));
        }

        await using var services = CliServices.Create(context.Calendar(parse), databasePath, readOnly: true);
        try
        {
            var definitions = await services.GetRequiredService<DefinitionCatalog>().ListAsync(cancellationToken);
            Directory.CreateDirectory(folder);
            foreach (var d in definitions)
            {
                var file = Path.Combine(folder, $"{d.Key}.v{d.Version}.workflow.json");
                await File.WriteAllTextAsync(file, d.Json, cancellationToken);
                await context.Out.WriteLineAsync(CliApp.F(CliMessages.Exported, d.Key, d.Version, d.Status, file));
            }

            await context.Out.WriteLineAsync(CliApp.F(CliMessages.ExportSummary, Wording.Count(definitions.Count, CliMessages.Definition), folder));
            return ExitCodes.Success;
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, databasePath) is { } message)
        {
            await context.Error.WriteLineAsync(message);
            return ExitCodes.BadInput;
        }
        catch (InvalidOperationException e)
        {
            throw new CliInputException(CliApp.F(CliMessages.DatabaseUnreadable, databasePath, e.Message));
        }
    }

    private static async Task<int> ImportAsync(CliContext context, ParseResult parse, string? database, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (WorkflowFiles.Expand(context, paths) is not { } files)
        {
            return ExitCodes.BadInput;
        }

        var databasePath = DatabasePaths.ForWriting(database);
        await using var services = CliServices.Create(context.Calendar(parse), databasePath);
        try
        {
            var sqlite = services.GetRequiredService<SqliteDatabase>();
            DatabaseStartText.Write(context, await sqlite.MigrateAsync(cancellationToken), sqlite);
            var repository = services.GetRequiredService<DefinitionCatalog>();
            var stored = (await repository.ListAsync(cancellationToken)).ToDictionary(d => (d.Key, d.Version));
            var exit = files.Count == 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
            foreach (var file in files)
            {
                if (!await ImportOneAsync(context, services.Validator(), repository, stored, file, cancellationToken))
                {
                    exit = ExitCodes.CheckFailed;
                }
            }

            return exit;
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, databasePath) is { } message)
        {
            throw new CliInputException(message);
        }
        finally
        {
            ClearPool(services);
        }
    }

    /// <summary>
    /// Imports one file as published. The same definition again (compared as JSON, whatever the spacing) is
    /// "unchanged" and makes no version; a different text under a published key and version is refused.
    /// </summary>
    private static async Task<bool> ImportOneAsync(
        CliContext context, DefinitionValidator validator, DefinitionCatalog repository, Dictionary<(string, int), StoredDefinition> stored, string file, CancellationToken cancellationToken)
    {
        var report = validator.ValidateFile(file);
        if (!report.IsValid)
        {
            foreach (var e in report.Errors)
            {
                await context.Out.WriteLineAsync(e.ToString());
            }

            return false;
        }

        // Read within the definition limits, as the validator did.
        var json = DefinitionText.ReadFile(file, validator.Limits);
        var node = JsonNode.Parse(json, documentOptions: Lenient)!;
        var (key, version) = (node["key"]!.GetValue<string>(), node["version"]!.GetValue<int>());
        if (stored.TryGetValue((key, version), out var existing))
        {
            var same = JsonNode.DeepEquals(node, JsonNode.Parse(existing.Json, documentOptions: Lenient));
            await context.Out.WriteLineAsync(CliApp.F(same ? CliMessages.ImportUnchanged : CliMessages.ImportChanged, file, key, version));
            return same;
        }

        try
        {
            var imported = await repository.ImportPublishedAsync(json, CliActor, cancellationToken);
            stored[(imported.Key, imported.Version)] = imported;
            await context.Out.WriteLineAsync(CliApp.F(CliMessages.Imported, file, imported.Key, imported.Version));
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or DefinitionRejectedException or DefinitionInputException)
        {
            await context.Out.WriteLineAsync(CliApp.F(CliMessages.ImportRefused, file, e.Message));
            return false;
        }
    }

    private static void ClearPool(ServiceProvider services)
    {
        using var connection = new SqliteConnection(services.GetRequiredService<SqliteDatabase>().ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
