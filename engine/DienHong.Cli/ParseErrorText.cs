using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using DienHong.Cli.Resources;

namespace DienHong.Cli;

/// <summary>
/// Parse errors (lỗi cú pháp lệnh) in the chosen language, with the closest command or option for a mistyped one.
/// System.CommandLine has no Vietnamese and no error codes, so its fixed English texts are recognised and retold.
/// </summary>
internal static partial class ParseErrorText
{
    public static IReadOnlyList<string> Lines(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var path = HelpWriter.PathOf(command);
        var lines = new List<string>();
        var unknownSeen = false;
        var stray = parsed.Errors.Any(e => Unrecognized().IsMatch(e.Message));
        foreach (var error in parsed.Errors)
        {
            // "a command is required" says nothing new next to a mistyped one.
            if (stray && CommandRequired().IsMatch(error.Message))
            {
                continue;
            }

            if (Unrecognized().Match(error.Message) is { Success: true } unknown)
            {
                // Only the first stray word matters: the ones after it are usually its arguments.
                if (!unknownSeen)
                {
                    lines.Add(UnknownToken(unknown.Groups[1].Value, command, path));
                }

                unknownSeen = true;
                continue;
            }

            lines.Add(Retell(error, command, path));
        }

        lines = lines.Distinct().ToList();
        lines.Add(CliApp.F(CliMessages.ParseHelpHint, path));
        return lines;
    }

    private static string UnknownToken(string token, Command command, string path)
    {
        var candidates = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Append(c.Name))
            .Concat(HelpWriter.Options(command).SelectMany(o => o.Aliases.Append(o.Name)));
        var text = CliApp.F(CliMessages.ParseUnknownToken, token, path);
        return Suggestions.Closest(token, candidates) is { } closest ? $"{text} {CliApp.F(CliMessages.ParseDidYouMean, closest)}" : text;
    }

    private static string Retell(ParseError error, Command command, string path)
    {
        var message = error.Message;
        if (MissingArgument().Match(message) is { Success: true } missing)
        {
            return CliApp.F(CliMessages.ParseMissingArgument, missing.Groups[1].Value, path);
        }

        if (MissingOptionValue().Match(message) is { Success: true } noValue)
        {
            return CliApp.F(CliMessages.ParseMissingOptionValue, noValue.Groups[1].Value);
        }

        if (OptionOneValue().Match(message) is { Success: true } many)
        {
            return CliApp.F(CliMessages.ParseOptionOneValue, many.Groups[1].Value, many.Groups[2].Value);
        }

        if (OptionRequired().Match(message) is { Success: true } required)
        {
            return CliApp.F(CliMessages.ParseOptionRequired, required.Groups[1].Value);
        }

        if (CommandRequired().IsMatch(message))
        {
            return CliApp.F(CliMessages.ParseCommandRequired, path, string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)));
        }

        if (BadValue().Match(message) is { Success: true } bad)
        {
            return CliApp.F(CliMessages.ParseBadValue, bad.Groups[1].Value, bad.Groups[2].Success ? bad.Groups[2].Value : path);
        }

        return message;
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument '(.*)' missing for command: '.*'\.$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$")]
    private static partial Regex MissingOptionValue();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$")]
    private static partial Regex OptionOneValue();

    [GeneratedRegex(@"^Option '(.*)' is required\.$")]
    private static partial Regex OptionRequired();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex CommandRequired();

    [GeneratedRegex(@"^(?:Cannot parse argument '(.*?)'(?: for (?:command|option) '(.*?)')? as expected type|Argument '(.*?)' not recognized)", RegexOptions.Singleline)]
    private static partial Regex BadValue();
}
