using System.CommandLine;
using System.Globalization;
using DienHong.Cli.Resources;

namespace DienHong.Cli;

/// <summary>
/// The command line (dòng lệnh) of FORMAT.md §3: builds the commands and runs one. Callable in-process with any
/// writers, which is how the tests run it.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (LanguageOf(args) is { } lang)
        {
            if (lang is not ("vi" or "en"))
            {
                await error.WriteLineAsync(F(CliMessages.UnknownLanguage, lang));
                return ExitCodes.BadInput;
            }

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(lang);
        }

        var context = new CliContext(output, error);
        var root = Build(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                await error.WriteLineAsync(e.Message);
            }

            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    public static RootCommand Build(CliContext context)
    {
        var lang = new Option<string>("--lang") { Description = CliMessages.LangOption, Recursive = true };
        var root = new RootCommand(CliMessages.RootDescription) { Options = { lang } };
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(JournalCommand.Create(context));
        root.Subcommands.Add(CalendarCommand.Create(context));
        root.Subcommands.Add(DefinitionFilesCommands.Export(context));
        root.Subcommands.Add(DefinitionFilesCommands.Import(context));
        return root;
    }

    /// <summary>Reads <c>--lang</c> before parsing, so help and parse errors are in the chosen language too.</summary>
    private static string? LanguageOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                return args[i][7..];
            }
        }

        return null;
    }

    /// <summary>Formats a resource text with the current culture.</summary>
    internal static string F(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
