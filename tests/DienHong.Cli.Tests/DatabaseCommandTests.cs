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
    public async Task Unknown_command_is_bad_usage()
    {
        (await Cli.RunAsync("frobnicate")).Exit.ShouldBe(2);
    }

    public void Dispose() => temp.Dispose();
}
