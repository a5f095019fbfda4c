namespace DienHong.Engine.Expressions;

/// <summary>
/// The sandbox of every evaluation. The defaults end a runaway script within about 100 ms and keep its memory
/// small; a workflow condition never needs more.
/// </summary>
public sealed record ExpressionLimits
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(100);

    public int MaxStatements { get; init; } = 50_000;

    public long MemoryBytes { get; init; } = 8 * 1024 * 1024;

    public int RecursionDepth { get; init; } = 64;

    public uint MaxArraySize { get; init; } = 100_000;
}
