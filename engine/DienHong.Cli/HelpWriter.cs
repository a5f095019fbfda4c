using System.CommandLine;
using System.CommandLine.Invocation;
using DienHong.Cli.Resources;

namespace DienHong.Cli;

/// <summary>
/// Help (trợ giúp) in the chosen language: System.CommandLine has no Vietnamese texts and keeps its help builder
/// internal, so <c>--help</c> is written here from the commands' own descriptions and our resources.
/// </summary>
internal sealed class HelpWriter : SynchronousCommandLineAction
{
    /// <summary>The tool's name in usage lines, whatever the host process is called.</summary>
    public const string ToolName = "dienhong";

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Success;
    }

    public static void Write(Command command, TextWriter output)
    {
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = Options(command).ToList();
        var commands = command.Subcommands.Where(c => !c.Hidden).ToList();
        output.WriteLine(CliMessages.HelpDescription);
        output.WriteLine("  " + command.Description);
        output.WriteLine();
        output.WriteLine(CliMessages.HelpUsage);
        var usage = new List<string> { PathOf(command) };
        usage.AddRange(arguments.Select(Label));
        usage.AddRange(options.Count > 0 ? [CliMessages.HelpOptionsPlaceholder] : []);
        usage.AddRange(commands.Count > 0 ? [CliMessages.HelpCommandPlaceholder] : []);
        output.WriteLine("  " + string.Join(' ', usage));
        Section(output, CliMessages.HelpArguments, arguments.Select(a => (Label(a), a.Description)));
        Section(output, CliMessages.HelpOptions, options.Select(o => (Label(o), o.Required ? $"{o.Description} {CliMessages.HelpRequired}" : o.Description)));
        Section(output, CliMessages.HelpCommands, commands.Select(c => (c.Name, c.Description)));
    }

    /// <summary>The command as typed: <c>dienhong calendar add</c>.</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? ToolName : c.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>The command's own options and the recursive options of the commands above it.</summary>
    public static IEnumerable<Option> Options(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = command.Parents.OfType<Command>().SelectMany(p => Options(p).Where(o => o.Recursive));
        return own.Concat(inherited).Distinct();
    }

    private static string Label(Argument argument) => argument.Arity.MaximumNumberOfValues > 1 ? $"<{argument.Name}>..." : $"<{argument.Name}>";

    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Append(option.Name).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        return option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0 ? names : $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    private static void Section(TextWriter output, string title, IEnumerable<(string Label, string? Text)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        var width = list.Max(r => r.Label.Length);
        foreach (var (label, text) in list)
        {
            output.WriteLine($"  {label.PadRight(width)}  {text}".TrimEnd());
        }
    }
}
