using System.Text.Json;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>Definitions whose only work is evaluating expressions.</summary>
public static class SandboxFlows
{
    /// <summary>start → check (a Decision on <paramref name="condition"/>) → End "True" or End "False".</summary>
    public static string Decision(string key, string condition) => Workflow(key,
        string.Join(",", Node("start", "Start"), Node("check", "Decision", $",\"condition\":{JsonSerializer.Serialize(condition)}"),
            Node("yes", "End", ",\"outcome\":\"True\""), Node("no", "End", ",\"outcome\":\"False\"")),
        string.Join(",", Edge("start", "check"), Edge("check", "yes", "True"), Edge("check", "no", "False")));

    /// <summary>start → first → second, both Decisions; ends "True" only if both are true.</summary>
    public static string TwoDecisions(string key, string first, string second) => Workflow(key,
        string.Join(",", Node("start", "Start"),
            Node("first", "Decision", $",\"condition\":{JsonSerializer.Serialize(first)}"),
            Node("second", "Decision", $",\"condition\":{JsonSerializer.Serialize(second)}"),
            Node("yes", "End", ",\"outcome\":\"True\""), Node("no", "End", ",\"outcome\":\"False\"")),
        string.Join(",", Edge("start", "first"), Edge("first", "second", "True"), Edge("first", "no", "False"),
            Edge("second", "yes", "True"), Edge("second", "no", "False")));
}
