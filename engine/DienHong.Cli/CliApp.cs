using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using DienHong.Calendar;
using DienHong.Cli.Resources;
using DienHong.Simulation;
using DienHong.Workflows.Organization;

namespace DienHong.Cli;

/// <summary>
/// The command line (dòng lệnh) of docs/format/cli.md: builds the commands and runs one. Callable in-process with any
/// writers, which is how the tests run it. Nothing a person types or a file contains ends in a stack trace: input
/// problems are one line and exit 2, anything unexpected is logged to a file and exits 70.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var lang = LanguageOf(args) ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? "vi" : "en");
        if (lang is not ("vi" or "en"))
        {
            await error.WriteLineAsync(F(CliMessages.UnknownLanguage, lang));
            return ExitCodes.BadInput;
        }

        // Both cultures: messages, and the plurals, dates and numbers inside them, follow the language, not the machine.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(lang);
        return await GuardAsync(args, error, async () =>
        {
            var context = new CliContext(output, error);
            var parsed = Build(context).Parse(args);
            if (parsed.Errors.Count > 0 && parsed.Action is not HelpWriter)
            {
                foreach (var line in ParseErrorText.Lines(parsed))
                {
                    await error.WriteLineAsync(line);
                }

                return ExitCodes.BadInput;
            }

            var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(invocation, cancellationToken);
        });
    }

    public static RootCommand Build(CliContext context)
    {
        var lang = new Option<string>("--lang") { Description = CliMessages.LangOption, Recursive = true, HelpName = "vi|en" };
        var root = new RootCommand(CliMessages.RootDescription) { Options = { lang, context.Calendars } };
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = CliMessages.HelpOptionDescription;
                help.Action = new HelpWriter();
            }
            else if (option is VersionOption version)
            {
                version.Description = CliMessages.VersionOptionDescription;
            }
        }

        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(JournalCommand.Create(context));
        root.Subcommands.Add(CalendarCommand.Create(context));
        root.Subcommands.Add(DefinitionFilesCommands.Export(context));
        root.Subcommands.Add(DefinitionFilesCommands.Import(context));
        root.Subcommands.Add(MigrateStoreCommand.Create(context));
        return root;
    }

    /// <summary>
    /// Runs a command so that no exception reaches the person as a trace: input problems become their one-line
    /// message and exit 2; anything else is written with its trace to a log file, and one line says where.
    /// </summary>
    internal static async Task<int> GuardAsync(IReadOnlyList<string> args, TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync(CliMessages.Cancelled);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (InputProblem(e) is { } problem)
        {
            await error.WriteLineAsync(problem.Message);
            return problem.ExitCode;
        }
        catch (Exception e)
        {
            string log;
            try
            {
                log = CrashLog.Write(e, args);
            }
            catch (Exception logError) when (logError is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync(F(CliMessages.CrashedNoLog, e.Message.ReplaceLineEndings(" "), CrashLog.Folder));
                return ExitCodes.InternalError;
            }

            await error.WriteLineAsync(F(CliMessages.Crashed, log));
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The exceptions that tell of bad input, already worded for people and naming the file or argument.</summary>
    private static CliInputException? InputProblem(Exception e) => e switch
    {
        CliInputException input => input,
        CalendarFileException or ScenarioException or OrganizationFormatException => new CliInputException(e.Message),
        _ => null,
    };

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
    internal static string F(string format, params object?[] args) => Engine.Resources.Text.Format(format, args);
}
