using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DienHong.Simulation;
using Shouldly;

namespace DienHong.Cli.Tests.Docs;

/// <summary>
/// docs/format/scenarios.md keeps up with the scenario reader (every step kind, every key of <c>expect</c> and
/// <c>advance</c>), and its worked example is the sample it names and prints what the page shows.
/// </summary>
public sealed partial class ScenariosDocTests
{
    private const string Example = "salary-increase.send-back.scenario.json";

    private static readonly MarkdownFile Doc = MarkdownFile.Format("scenarios.md");

    [Fact]
    public void Every_step_kind_has_a_section()
    {
        var headings = Doc.Headings(3).ToList();

        ScenarioReader.Kinds.Where(kind => !headings.Any(h => h.Contains($"`{kind}`", StringComparison.Ordinal))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{ "expect": { "bogus": 1 } }""", "expect", "dueDates")]
    [InlineData("""{ "advance": { "weeks": 1 } }""", "advance", "to")]
    [InlineData("""{ "expect": { "journal": [ { "bogus": 1 } ] } }""", "expect", "absent")]
    [InlineData("""{ "complete": "draft", "outcome": "Submitted", "bogus": 1 }""", "complete", "refused")]
    [InlineData("""{ "vote": "draft", "bogus": 1 }""", "vote", "refused")]
    [InlineData("""{ "cancel": "Withdrawn", "bogus": 1 }""", "cancel", "refused")]
    public async Task Every_key_the_reader_knows_is_in_its_kinds_section(string step, string kind, string known)
    {
        var keys = await KeysTheReaderKnows(step);
        var section = Doc.Section(3, h => h == $"`{kind}`").ShouldNotBeNull();

        keys.ShouldContain(known);
        keys.Where(key => !section.Contains($"`{key}`", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_journal_event_a_scenario_can_assert_is_listed()
    {
        var section = Doc.Section(4, h => h == "Journal assertions").ShouldNotBeNull();
        var events = typeof(DienHong.Engine.Journal.JournalEvents).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        events.Count.ShouldBeGreaterThan(30);
        events.Where(e => !section.Contains($"`{e}`", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_worked_example_is_the_sample_and_prints_what_the_page_shows()
    {
        var example = Doc.Section(2, h => h == "A worked example").ShouldNotBeNull();
        var blocks = MarkdownFile.CodeBlocks(example);
        var sample = Path.Combine(Cli.Samples("scenarios"), Example);
        example.ShouldContain($"samples/scenarios/{Example}");

        JsonNode.DeepEquals(JsonNode.Parse(blocks.First(b => b.Language == "json").Code), JsonNode.Parse(File.ReadAllText(sample))).ShouldBeTrue();
        var run = await Cli.RunAsync("simulate", sample);
        run.Exit.ShouldBe(0, run.Error);
        var printed = run.Out.Split('\n').Select(l => l.TrimEnd()).ToHashSet(StringComparer.Ordinal);
        var shown = blocks.First(b => b.Language == "text").Code.Split('\n').Skip(1).Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        shown.Count.ShouldBeGreaterThan(10);
        shown.Where(line => !printed.Contains(line)).ShouldBeEmpty();
    }

    /// <summary>The keys the scenario reader lists when a step of <paramref name="step"/> has one it does not know.</summary>
    private static async Task<List<string>> KeysTheReaderKnows(string step)
    {
        using var temp = new TempFolder();
        var scenario = ScenarioFiles.Write(temp, $"[ {step} ]");
        var run = await Cli.RunAsync("simulate", scenario);

        run.Exit.ShouldBe(2, run.Out);
        return [.. KnownList().Match(run.Error).Groups["keys"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>The list in the last parentheses of the message.</summary>
    [GeneratedRegex(@"\((?<keys>[A-Za-z, ]+)\)\s*$")]
    private static partial Regex KnownList();
}
