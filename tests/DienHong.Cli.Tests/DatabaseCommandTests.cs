using Shouldly;

namespace DienHong.Cli.Tests;

public sealed class DatabaseCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Import_then_export_round_trips_the_definitions()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        var files = Directory.GetFiles(Cli.Samples("definitions"), "*.workflow.json").Order(StringComparer.Ordinal).ToArray();

        var imported = await Cli.RunAsync(["import", "--db", db, .. files]);
        var exported = await Cli.RunAsync("export", "--db", db, "--out", Path.Combine(temp.Path, "out"));

        imported.Exit.ShouldBe(0, imported.Out + imported.Error);
        exported.Exit.ShouldBe(0, exported.Error);
        var written = Directory.GetFiles(Path.Combine(temp.Path, "out"));
        written.Length.ShouldBe(files.Length);
        File.ReadAllText(Path.Combine(temp.Path, "out", "salary-increase.v1.workflow.json"))
            .ShouldBe(File.ReadAllText(Path.Combine(Cli.Samples("definitions"), "salary-increase.workflow.json")));
    }

    [Fact]
    public async Task Importing_an_invalid_file_exits_1()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        var bad = temp.Write("bad.workflow.json", """{ "key": "bad", "version": 1, "name": { "vi": "x" }, "nodes": [ { "id": "start", "type": "Start" } ], "edges": [ { "from": "start", "to": "gone" } ] }""");

        var run = await Cli.RunAsync("import", "--db", db, bad);

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain("gone");
    }

    [Fact]
    public async Task Journal_verify_on_a_fresh_database_is_intact()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        (await Cli.RunAsync("import", "--db", db, Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json"))).Exit.ShouldBe(0);

        var run = await Cli.RunAsync("journal", "verify", "--db", db, "--json");

        run.Exit.ShouldBe(0, run.Error);
        run.Json().GetProperty("intact").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Journal_verify_without_a_database_exits_2()
    {
        var run = await Cli.RunAsync("journal", "verify", "--db", Path.Combine(temp.Path, "none.db"));

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("none.db");
    }

    [Fact]
    public async Task Import_takes_folders_and_an_unchanged_file_again_is_unchanged()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        var folder = Path.Combine(temp.Path, "defs", "nested");
        Directory.CreateDirectory(folder);
        var sequence = File.ReadAllText(Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json"));
        File.WriteAllText(Path.Combine(folder, "sequence.workflow.json"), sequence);

        var first = await Cli.RunAsync("import", "--db", db, Path.Combine(temp.Path, "defs"));
        File.WriteAllText(Path.Combine(folder, "sequence.workflow.json"), sequence.ReplaceLineEndings(" "));
        var again = await Cli.RunAsync("import", "--db", db, Path.Combine(temp.Path, "defs"));
        var exported = await Cli.RunAsync("export", "--db", db, "--out", Path.Combine(temp.Path, "out"));

        first.Exit.ShouldBe(0, first.Out + first.Error);
        first.Out.ShouldContain("imported sample-sequence version 1 as published");
        again.Exit.ShouldBe(0, again.Out + again.Error);
        again.Out.ShouldContain("sample-sequence version 1 unchanged");
        exported.Out.ShouldContain("1 definition exported to");
    }

    [Fact]
    public async Task A_changed_file_under_a_published_version_is_refused()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        var file = temp.Write("sequence.workflow.json", File.ReadAllText(Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json")));
        (await Cli.RunAsync("import", "--db", db, file)).Exit.ShouldBe(0);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"workingDays\": 5", "\"workingDays\": 6", StringComparison.Ordinal));

        var run = await Cli.RunAsync("import", "--db", db, file);

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain("sample-sequence version 1 is already published with a different text");
    }

    [Fact]
    public async Task Import_export_and_journal_verify_share_one_default_database()
    {
        var imported = await CliProcess.RunAsync(temp.Path, null, "import", Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json"));
        var exported = await CliProcess.RunAsync(temp.Path, null, "export", "--out", "out");
        var verified = await CliProcess.RunAsync(temp.Path, null, "journal", "verify");

        imported.Exit.ShouldBe(0, imported.Out + imported.Error);
        File.Exists(Path.Combine(temp.Path, ".dienhong", "dienhong.db")).ShouldBeTrue();
        exported.Exit.ShouldBe(0, exported.Error);
        File.Exists(Path.Combine(temp.Path, "out", "sample-sequence.v1.workflow.json")).ShouldBeTrue();
        verified.Exit.ShouldBe(0, verified.Error);
    }

    [Fact]
    public async Task Simulate_keep_db_keeps_a_database_that_journal_verify_and_export_can_read()
    {
        var db = Path.Combine(temp.Path, "kept", "runs.db");
        var scenario = ScenarioFiles.Write(temp, """[ { "complete": "draft", "by": "staff", "outcome": "Submitted" } ]""");

        var first = await Cli.RunAsync("simulate", scenario, "--keep-db", db);
        var second = await Cli.RunAsync("simulate", scenario, "--keep-db", db);
        var verified = await Cli.RunAsync("journal", "verify", "--db", db, "--json");
        var exported = await Cli.RunAsync("export", "--db", db, "--out", Path.Combine(temp.Path, "out"));

        first.Exit.ShouldBe(0, first.Out + first.Error);
        first.Out.ShouldContain($"Database kept: {db}");
        second.Exit.ShouldBe(0, second.Out + second.Error);
        verified.Exit.ShouldBe(0, verified.Error);
        verified.Json().GetProperty("instances").GetInt32().ShouldBe(2);
        exported.Out.ShouldContain("sample-sequence v1 (Published)");
    }

    public void Dispose() => temp.Dispose();
}
