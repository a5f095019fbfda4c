namespace DienHong.Workflows.Activities.Liquid;

/// <summary>
/// The limits of rendering one notification template (mẫu thông báo), like those of an expression: time, steps,
/// the length of what it writes and builds, and how deeply the template and its values may nest.
/// </summary>
public sealed record TemplateLimits
{
    public static TemplateLimits Default { get; } = new();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Tags and outputs run; a loop counts each turn.</summary>
    public int MaxSteps { get; init; } = 10_000;

    /// <summary>Characters of the rendered text, of a capture, and of a string a filter builds.</summary>
    public int MaxLength { get; init; } = 1_000_000;

    /// <summary>Items of a list a filter builds (<c>split</c>, <c>concat</c>...).</summary>
    public int MaxItems { get; init; } = 100_000;

    /// <summary>Nesting of the parsed template (tags, filters, operators) and of the values it is given.</summary>
    public int MaxDepth { get; init; } = 64;
}
