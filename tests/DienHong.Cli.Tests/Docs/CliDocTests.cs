using System.CommandLine;
using System.Reflection;
using Shouldly;

namespace DienHong.Cli.Tests.Docs;

/// <summary>docs/format/cli.md keeps up with the command line: every command, its arguments and options, every exit code.</summary>
public sealed class CliDocTests
{
    private static readonly MarkdownFile Doc = MarkdownFile.Format("cli.md");

    private static readonly RootCommand Root = CliApp.Build(new CliContext(TextWriter.Null, TextWriter.Null));

    [Fact]
    public void Every_command_has_a_section_that_names_its_arguments_and_options()
    {
        var missing = new List<string>();
        foreach (var (path, command) in Leaves(Root, "dienhong"))
        {
            if (Doc.Section(2, h => h == $"`{path}`") is not { } section)
            {
                missing.Add($"no section ## `{path}`");
                continue;
            }

            missing.AddRange(command.Arguments.Select(a => $"<{a.Name}>").Concat(command.Options.Where(o => !o.Recursive).Select(o => o.Name))
                .Where(name => !section.Contains(name, StringComparison.Ordinal))
                .Select(name => $"{path}: {name} is not in its section"));
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_section_is_a_command()
    {
        var sections = Doc.Headings(2).Where(h => h.StartsWith("`dienhong ", StringComparison.Ordinal)).Select(h => h.Trim('`'));

        sections.ShouldBe(Leaves(Root, "dienhong").Select(l => l.Path), ignoreOrder: true);
    }

    [Fact]
    public void The_options_every_command_shares_are_described()
    {
        var shared = Doc.Section(3, h => h == "Options").ShouldNotBeNull();

        Root.Options.Select(o => o.Name).Where(name => !shared.Contains($"`{name}", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_exit_code_is_in_the_table()
    {
        var table = Doc.Section(3, h => h == "Exit codes").ShouldNotBeNull();
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetRawConstantValue()!).ToList();

        codes.Count.ShouldBeGreaterThanOrEqualTo(5);
        codes.Where(code => !table.Contains($"| {code} |", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    /// <summary>Every command that runs something (has no subcommands), with its full name.</summary>
    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string path) =>
        command.Subcommands.Count == 0
            ? [(path, command)]
            : command.Subcommands.SelectMany(c => Leaves(c, $"{path} {c.Name}"));
}
