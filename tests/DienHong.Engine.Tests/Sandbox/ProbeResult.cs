using System.Text.Json.Nodes;
using Shouldly;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>What a probe's child process did: its exit code, its one line of outcome, the start of its error output.</summary>
public sealed record ProbeResult(int Exit, JsonObject? Outcome, string Error)
{
    /// <summary>The process ended normally and the evaluation failed; returns the failure message.</summary>
    public string ShouldFail()
    {
        Exit.ShouldBe(0, $"the probe process died: {Error}");
        Outcome.ShouldNotBeNull(Error);
        Outcome["ok"]!.GetValue<bool>().ShouldBeFalse($"the probe succeeded with {Outcome["value"]?.ToJsonString()}");
        return Outcome["message"]!.GetValue<string>();
    }

    /// <summary>The process ended normally and the evaluation succeeded; returns its value.</summary>
    public JsonNode? ShouldSucceed()
    {
        Exit.ShouldBe(0, $"the probe process died: {Error}");
        Outcome.ShouldNotBeNull(Error);
        Outcome["ok"]!.GetValue<bool>().ShouldBeTrue(Outcome["message"]?.GetValue<string>());
        return Outcome["value"];
    }
}
