using DienHong.Server.Startup;
using Microsoft.Extensions.Configuration;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>The start's phase times: off unless asked for, then one line per phase with wall and CPU time.</summary>
public sealed class StartTimingsTests
{
    [Fact]
    public void Off_by_default_and_on_with_the_switch()
    {
        StartTimings.From(Configuration(null)).Enabled.ShouldBeFalse();
        StartTimings.From(Configuration("false")).Enabled.ShouldBeFalse();
        StartTimings.From(Configuration("true")).Enabled.ShouldBeTrue();
    }

    [Fact]
    public void A_mark_is_one_line_naming_the_phase_with_its_wall_and_cpu_time()
    {
        using var writer = new StringWriter();
        var timings = new StartTimings(writer);

        timings.Mark("catalog");
        timings.Mark("job server");

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("start-timing catalog ");
        lines[1].ShouldStartWith("start-timing job server ");
        lines.ShouldAllBe(l => l.Contains(" wall ") && l.Contains(" cpu ") && l.EndsWith(" ms"));
    }

    private static IConfiguration Configuration(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [StartTimings.Key] = value }).Build();
}
