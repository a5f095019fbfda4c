using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DienHong.Simulation;

/// <summary>
/// The result of a scenario run (kết quả chạy thử), in the <c>simulate --json</c> shape of docs/format/cli.md: the end
/// state, the journal, and every expectation that did not hold.
/// </summary>
public sealed record SimulationResult(
    string Status,
    string? Outcome,
    JsonObject Vars,
    IReadOnlyList<OpenTaskView> OpenTasks,
    IReadOnlyList<JournalView> Journal,
    IReadOnlyList<string> Failures)
{
    [JsonIgnore]
    public bool Passed => Failures.Count == 0;

    /// <summary>The fake clock at the end of the run, against which remaining and overdue times are told.</summary>
    [JsonIgnore]
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The scenario file that was read (full path).</summary>
    public string? Scenario { get; init; }

    /// <summary>The workflow file that was read (full path).</summary>
    public string? Workflow { get; init; }
}
