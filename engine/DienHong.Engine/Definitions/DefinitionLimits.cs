namespace DienHong.Engine.Definitions;

/// <summary>
/// The limits (giới hạn) a definition file must keep, so that a huge or hostile file is refused with a clear message
/// before it can exhaust memory or time. The defaults are far above what any regulation needs: the largest catalog
/// definition is about 30 KiB with 26 nodes.
/// </summary>
public sealed record DefinitionLimits
{
    /// <summary>The largest file read, in bytes; reading stops one byte past it.</summary>
    public int MaxFileBytes { get; init; } = 1024 * 1024;

    public int MaxNodes { get; init; } = 1_000;

    public int MaxEdges { get; init; } = 5_000;

    /// <summary>The longest property name, key, node id or variable name, in characters.</summary>
    public int MaxNameLength { get; init; } = 100;

    /// <summary>The longest string value that is not an expression, in characters.</summary>
    public int MaxStringLength { get; init; } = 10_000;

    /// <summary>The longest expression (a string starting with <c>=</c>), in characters.</summary>
    public int MaxExpressionLength { get; init; } = 2_000;

    /// <summary>The deepest nesting of objects and arrays.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>The largest amount of a day-based duration (about ten years of working days).</summary>
    public int MaxDurationDays { get; init; } = 3_650;

    /// <summary>The largest amount of an hour-based duration.</summary>
    public int MaxDurationHours { get; init; } = 3_650 * 24;

    /// <summary>The earliest date a definition may name (e.g. a legal document's <c>effectiveFrom</c>).</summary>
    public DateOnly EarliestDate { get; init; } = new(1900, 1, 1);

    /// <summary>The latest date a definition may name.</summary>
    public DateOnly LatestDate { get; init; } = new(2199, 12, 31);
}
