using System.Text.RegularExpressions;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// Every malformed input a person can type or a file can contain gives exit 2 (unreadable input) or 1 (a failed
/// check) and a line naming the file or argument and the problem, and never a stack trace or an exception's name.
/// </summary>
public sealed partial class MalformedInputTests : IDisposable
{
    private readonly TempFolder temp = new();

    public static TheoryData<MalformedInput> Cases() => new(MalformedInput.All);

    [Fact]
    public void The_table_covers_at_least_45_inputs() => MalformedInput.All.Count.ShouldBeGreaterThanOrEqualTo(45);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_in_one_clear_line_without_a_trace(MalformedInput input)
    {
        var run = await Cli.RunAsync(input.Args(temp));

        var everything = run.Out + run.Error;
        run.Exit.ShouldBe(input.Exit, everything);
        everything.ShouldNotContain("   at ");
        TypeName().IsMatch(everything).ShouldBeFalse(everything);
        var lines = (input.Exit == ExitCodes.BadInput ? run.Error : everything).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(l => l.Contains(input.Names, StringComparison.Ordinal) && l.Contains(input.Problem, StringComparison.Ordinal), everything);
    }

    [Fact]
    public async Task In_Vietnamese_too()
    {
        var scenario = ScenarioFiles.Write(temp, """[ { "advance": { "weeks": 1 } } ]""");

        var run = await Cli.RunViAsync("simulate", scenario);

        run.Exit.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldBe($"{scenario}:2: bước 1: 'advance' có thời hạn không hỗ trợ 'weeks' (workingDays, days, consecutiveDays, hours, to){Environment.NewLine}");
    }

    [Fact]
    public async Task An_unknown_language_is_bad_usage()
    {
        var run = await Cli.RunRawAsync("--lang", "fr", "validate", "x");

        run.Exit.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain("'fr'");
    }

    [GeneratedRegex(@"\b(System\.|[A-Z]\w*Exception\b)")]
    private static partial Regex TypeName();

    public void Dispose() => temp.Dispose();
}
