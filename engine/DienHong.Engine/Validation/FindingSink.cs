namespace DienHong.Engine.Validation;

/// <summary>
/// Collects the findings of the strict checks, located by JSON pointer. The pointers they explain are kept so
/// that the JSON Schema does not report the same place a second time in its own words.
/// </summary>
internal sealed class FindingSink(string file, List<ValidationError> findings, PointerLocator locator)
{
    private readonly HashSet<string> explained = new(StringComparer.Ordinal);

    public void Error(string pointer, string rule, string message, int? column = null, int? line = null) =>
        Add(pointer, rule, message, ValidationSeverity.Error, column, line);

    public void Warn(string pointer, string rule, string message) => Add(pointer, rule, message, ValidationSeverity.Warning, null, null);

    /// <summary>Whether a strict check already reported an error at <paramref name="pointer"/>.</summary>
    public bool Explains(string pointer) => explained.Contains(pointer);

    private void Add(string pointer, string rule, string message, ValidationSeverity severity, int? column, int? line)
    {
        var (at, node, edge) = locator.Locate(pointer);
        findings.Add(new ValidationError(file, line ?? at, column, node, edge, rule, message, severity));
        if (severity == ValidationSeverity.Error)
        {
            explained.Add(pointer);
        }
    }
}
