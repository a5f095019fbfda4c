using DienHong.Engine.Resources;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>
/// A scenario (kịch bản chạy thử) that cannot be run: a missing or malformed file, an unknown step kind, a step that
/// names a node the workflow does not have. The message names the file and, when there is one, the step number, in
/// the current UI language.
/// </summary>
public sealed class ScenarioException(string file, int? step, string reason)
    : Exception(step is { } n ? Text.Format(ScenarioMessages.InStep, file, n, reason) : Text.Format(ScenarioMessages.InFile, file, reason))
{
    public string File { get; } = file;

    public int? Step { get; } = step;

    public string Reason { get; } = reason;
}
