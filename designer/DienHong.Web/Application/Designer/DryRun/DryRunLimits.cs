namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// The limits of a dry run (giới hạn chạy thử) besides the engine's own step budget per run: the wall-clock time one
/// run may take, the scenario steps it plays, the sizes of what it is given, and how many run at once, so that a
/// looping definition or a huge scenario cannot hold the server.
/// </summary>
public sealed record DryRunLimits(TimeSpan WallClock, int MaxSteps, int MaxDefinitionChars, int MaxScenarioChars, int Concurrent)
{
    public static DryRunLimits Default { get; } = new(TimeSpan.FromSeconds(20), 500, 1_048_576, 262_144, 2);
}
