using Shouldly;

namespace DienHong.Cli.Tests;

public sealed class ValidateTests : IDisposable
{
    private readonly TempFolder temp = new();

    public static TheoryData<string> SampleDefinitions()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Cli.Samples("definitions"), "*.workflow.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleDefinitions))]
    public async Task Every_sample_definition_is_valid(string name)
    {
        var run = await Cli.RunAsync("validate", Path.Combine(Cli.Samples("definitions"), name));

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain(": valid");
    }

    [Fact]
    public async Task A_valid_file_exits_0_with_the_json_shape()
    {
        var file = Path.Combine(Cli.Samples("definitions"), "salary-increase.workflow.json");

        var run = await Cli.RunAsync("validate", file, "--json");

        run.Exit.ShouldBe(0);
        var files = run.Json().GetProperty("files").EnumerateArray().ToList();
        files.Count.ShouldBe(1);
        files[0].GetProperty("file").GetString().ShouldBe(file);
        files[0].GetProperty("valid").GetBoolean().ShouldBeTrue();
        files[0].GetProperty("errors").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_folder_validates_every_workflow_file_in_it_recursively()
    {
        var run = await Cli.RunAsync("validate", Cli.Samples("definitions"), "--json");

        run.Exit.ShouldBe(0);
        run.Json().GetProperty("files").GetArrayLength().ShouldBe(Directory.GetFiles(Cli.Samples("definitions"), "*.workflow.json").Length);
    }

    [Fact]
    public async Task An_invalid_file_exits_1_and_prints_each_error_as_file_line_node_message()
    {
        var file = temp.Write("bad.workflow.json", Invalid);

        var run = await Cli.RunAsync("validate", file);

        run.Exit.ShouldBe(1);
        var line = run.Out.Split('\n').Single(l => l.Contains("node 'review'", StringComparison.Ordinal) && l.Contains("edge outcome", StringComparison.Ordinal));
        line.ShouldStartWith(file + ":");
        line.ShouldContain("'Approved'");
        line.ShouldContain("Approve, Reject");
    }

    [Fact]
    public async Task An_invalid_file_in_json_lists_its_errors()
    {
        var file = temp.Write("bad.workflow.json", Invalid);

        var run = await Cli.RunAsync("validate", "--json", file);

        run.Exit.ShouldBe(1);
        var entry = run.Json().GetProperty("files")[0];
        entry.GetProperty("valid").GetBoolean().ShouldBeFalse();
        entry.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ShouldContain(e => e!.Contains("node 'review'", StringComparison.Ordinal));
        var finding = entry.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("node").GetString() == "review" && f.GetProperty("rule").GetString() == "unrouted-outcome");
        finding.GetProperty("severity").GetString().ShouldBe("error");
        finding.GetProperty("edge").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        finding.GetProperty("line").GetInt32().ShouldBeGreaterThan(1);
        finding.GetProperty("message").GetString()!.ShouldNotContain("bad.workflow.json");
    }

    [Fact]
    public async Task Malformed_json_is_invalid_with_its_line()
    {
        var file = temp.Write("broken.workflow.json", "{\n  \"key\": \"x\",\n  \"nodes\": [\n");

        var run = await Cli.RunAsync("validate", file);

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain(file + ":");
    }

    [Fact]
    public async Task A_missing_path_exits_2()
    {
        var run = await Cli.RunAsync("validate", Path.Combine(temp.Path, "nowhere.workflow.json"));

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("nowhere.workflow.json");
    }

    [Fact]
    public async Task No_path_is_bad_usage()
    {
        var run = await Cli.RunAsync("validate");

        run.Exit.ShouldBe(2);
    }

    [Fact]
    public async Task Lang_vi_prints_vietnamese()
    {
        var run = await Cli.RunViAsync("validate", Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json"));

        run.Exit.ShouldBe(0);
        run.Out.ShouldContain("hợp lệ");
    }

    private const string Invalid = """
        {
          "key": "bad-sample",
          "version": 1,
          "name": { "vi": "Sai", "en": "Wrong" },
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "review", "type": "HumanTask", "assignee": { "role": "head" }, "outcomes": ["Approve", "Reject"] },
            { "id": "done", "type": "End" }
          ],
          "edges": [
            { "from": "start", "to": "review" },
            { "from": "review", "outcome": "Approved", "to": "done" },
            { "from": "review", "outcome": "Reject", "to": "done" }
          ]
        }
        """;

    public void Dispose() => temp.Dispose();
}
