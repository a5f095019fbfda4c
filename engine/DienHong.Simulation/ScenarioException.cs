using DienHong.Engine.Resources;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>
/// A scenario (kịch bản chạy thử) that cannot be run: a missing or malformed file, an unknown step kind or key, a
/// step that names a node the workflow does not have. The message names the file, the line when it is known, and
/// the step number when there is one, in the current UI language.
/// </summary>
public sealed class ScenarioException(string file, int? step, string reason, int? line = null)
    : Exception(step is { } n ? Text.Format(ScenarioMessages.InStep, Where(file, line), n, reason) : Text.Format(ScenarioMessages.InFile, Where(file, line), reason))
{
    public string File { get; } = file;

    public int? Step { get; } = step;

    public string Reason { get; } = reason;

    /// <summary>The line of the scenario file the problem is on, when it is known.</summary>
    public int? Line { get; } = line;

    private static string Where(string file, int? line) => line is { } l ? $"{file}:{l}" : file;
}
