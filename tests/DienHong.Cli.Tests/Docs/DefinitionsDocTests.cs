using DienHong.Engine;
using DienHong.Engine.Activities;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Cli.Tests.Docs;

/// <summary>docs/format/definitions.md keeps up with the engine: every node type, its properties and outcomes, every rule.</summary>
public sealed class DefinitionsDocTests
{
    private static readonly MarkdownFile Doc = MarkdownFile.Format("definitions.md");

    /// <summary>Every activity the engine registers, as the command line registers them.</summary>
    private static readonly ActivityRegistry Registry = new ServiceCollection()
        .AddDienHongEngine(null, typeof(HumanTaskActivity).Assembly)
        .BuildServiceProvider()
        .GetRequiredService<ActivityRegistry>();

    [Fact]
    public void Every_node_type_has_a_section_that_names_its_properties_and_outcomes()
    {
        var missing = new List<string>();
        foreach (var descriptor in Registry.All.Select(a => a.Descriptor))
        {
            if (Doc.Section(3, h => h.StartsWith($"`{descriptor.Type}`", StringComparison.Ordinal)) is not { } section)
            {
                missing.Add($"no section ### `{descriptor.Type}`");
                continue;
            }

            missing.AddRange(descriptor.Properties.Select(p => p.Name).Concat(descriptor.FixedOutcomes)
                .Where(name => !section.Contains($"`{name}`", StringComparison.Ordinal))
                .Select(name => $"{descriptor.Type}: `{name}` is not in its section"));
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_node_type_section_is_a_registered_type()
    {
        var types = Doc.Section(2, h => h == "Node types").ShouldNotBeNull();
        var sections = types.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(h => h.Split('`')[1]);

        sections.ShouldBe(Registry.Types, ignoreOrder: true);
    }

    [Fact]
    public void The_common_node_properties_are_in_the_nodes_table()
    {
        var nodes = Doc.Section(2, h => h == "Nodes").ShouldNotBeNull();

        CommonNodeProperties.All.Select(p => p.Name).Concat(["id", "type", "name"])
            .Where(name => !nodes.Contains($"| `{name}` |", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void The_rules_table_lists_every_rule_of_the_code_with_its_severity_and_no_other()
    {
        var code = ValidationRuleSource.Rules;
        var table = RulesTable();

        // The source reading must find the rules it is known to find, or it has gone blind.
        code.Keys.ShouldContain("unrouted-outcome");
        code.Keys.ShouldContain("limit-size");
        code["cycle-without-wait"].ShouldBeTrue();
        table.Keys.ShouldBe(code.Keys, ignoreOrder: true);
        table.Where(r => r.Value != (code[r.Key] ? "warning" : "error")).Select(r => $"{r.Key}: {r.Value}").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("docs/format/definitions.md")]
    [InlineData("README.md")]
    public async Task Every_definition_the_page_shows_is_valid(string page)
    {
        var definitions = MarkdownFile.CodeBlocks(new MarkdownFile(Path.Combine(Cli.Root, page)).Text)
            .Where(b => b.Language == "json" && b.Code.Contains("\"nodes\"", StringComparison.Ordinal)).ToList();
        using var temp = new TempFolder();

        definitions.ShouldNotBeEmpty();
        foreach (var (definition, i) in definitions.Select((b, i) => (b.Code, i)))
        {
            var run = await Cli.RunAsync("validate", temp.Write($"shown-{i}.workflow.json", definition));
            run.Exit.ShouldBe(0, run.Out + run.Error);
        }
    }

    /// <summary>The rules table: rule id to severity.</summary>
    private static Dictionary<string, string> RulesTable()
    {
        var section = Doc.Section(2, h => h == "Validation rules").ShouldNotBeNull();
        return section.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[2], StringComparer.Ordinal);
    }
}
