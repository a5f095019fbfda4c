namespace DienHong.Simulation;

/// <summary>
/// A problem found inside one object of a scenario (lỗi trong một mục): its reason, and the key it is about, so that
/// the reader can point at that key's line. The reader turns it into a <see cref="ScenarioException"/>.
/// </summary>
internal sealed class ScenarioProblem(string reason, string? key = null) : Exception(reason)
{
    public string? Key { get; } = key;
}
