using System.CommandLine;
using System.Text.Json;
using DienHong.Calendar;
using DienHong.Cli.Resources;
using DienHong.Engine.Validation;
using DienHong.Simulation;

namespace DienHong.Cli;

/// <summary><c>dienhong validate &lt;file or folder&gt;... [--json]</c>: kiểm tra định nghĩa quy trình.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = CliMessages.PathsArgument, Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var command = new Command("validate", CliMessages.ValidateDescription) { paths, json };
        command.SetAction(parse => Run(context, context.Calendar(parse), parse.GetValue(paths) ?? [], parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, WorkingCalendar calendar, IReadOnlyList<string> paths, bool json)
    {
        using var services = CliServices.Create(calendar);
        var validator = services.Validator();
        var results = new List<FileResult>();
        var emptyFolders = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                results.Add(Check(validator, path));
            }
            else if (Directory.Exists(path))
            {
                var files = WorkflowFiles.Below(path);
                if (files.Count == 0)
                {
                    context.Error.WriteLine(CliApp.F(CliMessages.NoWorkflowFiles, path));
                    emptyFolders++;
                }

                results.AddRange(files.Select(f => Check(validator, f)));
            }
            else
            {
                results.Add(new FileResult(path, false, [CliApp.F(CliMessages.PathNotFound, path)], true));
            }
        }

        foreach (var e in results.Where(r => r.Unreadable).SelectMany(r => r.Errors))
        {
            context.Error.WriteLine(e);
        }

        if (json)
        {
            var document = new { files = results.Select(r => new { file = r.File, valid = r.Valid, errors = r.Errors, warnings = r.Warnings, findings = r.Findings }) };
            context.Out.WriteLine(JsonSerializer.Serialize(document, SimulationJson.Options));
        }
        else
        {
            foreach (var r in results.Where(r => !r.Unreadable))
            {
                if (r.Valid)
                {
                    context.Out.WriteLine(CliApp.F(CliMessages.FileValid, r.File));
                }

                foreach (var e in r.Errors.Concat(r.Warnings))
                {
                    context.Out.WriteLine(e);
                }
            }

            var readable = results.Where(r => !r.Unreadable).ToList();
            context.Out.WriteLine(CliApp.F(CliMessages.ValidateSummary, Wording.Count(readable.Count, CliMessages.File), readable.Count(r => !r.Valid)));
        }

        // A folder without definitions fails the check: it is most often a mistyped path, not a clean bill.
        return results.Any(r => r.Unreadable) ? ExitCodes.BadInput : results.All(r => r.Valid) && emptyFolders == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    private static FileResult Check(DefinitionValidator validator, string file)
    {
        try
        {
            var report = validator.ValidateFile(file);
            return new FileResult(file, report.IsValid, report.Errors.Select(e => e.ToString()).ToList(), false, report.Warnings.Select(e => e.ToString()).ToList())
            {
                Findings = [.. report.Findings.Select(Finding.Of)],
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileResult(file, false, [CliApp.F(CliMessages.CannotRead, file, e.Message)], true);
        }
    }

    private sealed record FileResult(string File, bool Valid, IReadOnlyList<string> Errors, bool Unreadable, IReadOnlyList<string>? Warnings = null)
    {
        public IReadOnlyList<string> Warnings { get; } = Warnings ?? [];

        public IReadOnlyList<Finding> Findings { get; init; } = [];
    }

    /// <summary>One finding as data for tools: the rule's stable id beside the words, and where it is.</summary>
    private sealed record Finding(string Severity, string Rule, int? Line, int? Column, string? Node, int? Edge, string Message)
    {
        public static Finding Of(ValidationError e) =>
            new(e.IsWarning ? "warning" : "error", e.Rule, e.Line, e.Column, e.NodeId, e.EdgeIndex, e.Message);
    }
}
