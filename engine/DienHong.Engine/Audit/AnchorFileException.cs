namespace DienHong.Engine.Audit;

/// <summary>A kept anchors file is unreadable; names the file, the line, the property (a JSON pointer) and why.</summary>
public sealed class AnchorFileException(string path, int? line, string pointer, AnchorFileProblem problem, string? detail = null)
    : Exception($"{path}{(line is { } l ? $":{l}" : string.Empty)}: {pointer}: {problem}{(detail is null ? string.Empty : $" ({detail})")}")
{
    public string FilePath { get; } = path;

    public int? Line { get; } = line;

    public string Pointer { get; } = pointer;

    public AnchorFileProblem Problem { get; } = problem;

    public string? Detail { get; } = detail;
}
