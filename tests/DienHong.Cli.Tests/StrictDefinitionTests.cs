using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>Strict definitions end to end: every command that loads a definition file refuses what the validator refuses.</summary>
public sealed class StrictDefinitionTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Validating_an_endless_file_stops_at_the_size_limit()
    {
        var run = await Cli.RunAsync("validate", "/dev/zero");

        run.Exit.ShouldBe(1, run.Out + run.Error);
        run.Out.ShouldContain("/dev/zero: the file is larger than 1048576 bytes, the size limit of a definition");
    }

    [Fact]
    public async Task Validating_prints_an_unknown_property_with_its_line_node_and_suggestion()
    {
        var file = temp.Write("typo.workflow.json", Sample().Replace("\"due\"", "\"dua\"", StringComparison.Ordinal));
        var line = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("\"dua\"", StringComparison.Ordinal)) + 1;

        var run = await Cli.RunAsync("validate", file);

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain($"typo.workflow.json:{line}: node 'union-review': unknown property 'dua' of HumanTask: did you mean 'due'?");
    }

    [Fact]
    public async Task Importing_a_version_out_of_range_is_refused_and_publishes_nothing()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        var file = temp.Write("huge-version.workflow.json", Sample().Replace("\"version\": 1,", "\"version\": 2147483648,", StringComparison.Ordinal));

        var run = await Cli.RunAsync("import", "--db", db, file);
        var exported = await Cli.RunAsync("export", "--db", db, "--out", Path.Combine(temp.Path, "out"));

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain("property 'version': 2147483648 is not a version");
        exported.Exit.ShouldBe(0, exported.Error);
        (Directory.Exists(Path.Combine(temp.Path, "out")) ? Directory.GetFiles(Path.Combine(temp.Path, "out")) : []).ShouldBeEmpty();
    }

    [Fact]
    public async Task Simulating_a_workflow_with_a_duplicated_key_is_refused_naming_the_key()
    {
        temp.Write("dup.workflow.json", Sample().Replace("\"version\": 1,", "\"version\": 1,\n  \"version\": 2,", StringComparison.Ordinal));
        var scenario = temp.Write("dup.scenario.json", """{ "workflow": "dup.workflow.json", "start": "2027-02-01T08:00:00+07:00", "input": { "employeeId": "E0142" }, "steps": [] }""");

        var run = await Cli.RunAsync("simulate", scenario);

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("duplicate key 'version' at /version");
    }

    [Fact]
    public async Task Simulating_an_endless_workflow_file_stops_at_the_size_limit()
    {
        var scenario = temp.Write("zero.scenario.json", """{ "workflow": "/dev/zero", "start": "2027-02-01T08:00:00+07:00", "steps": [] }""");

        var run = await Cli.RunAsync("simulate", scenario);

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("the file is larger than 1048576 bytes");
    }

    public void Dispose() => temp.Dispose();

    private static string Sample() => File.ReadAllText(Path.Combine(Cli.Samples("definitions"), "salary-increase.workflow.json"));
}
