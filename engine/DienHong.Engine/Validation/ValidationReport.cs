namespace DienHong.Engine.Validation;

/// <summary>Every finding in one definition file: errors (which block publishing) and warnings.</summary>
public sealed record ValidationReport(string File, IReadOnlyList<ValidationError> Findings)
{
    public IReadOnlyList<ValidationError> Errors { get; } = Findings.Where(f => !f.IsWarning).ToList();

    public IReadOnlyList<ValidationError> Warnings { get; } = Findings.Where(f => f.IsWarning).ToList();

    public bool IsValid => Errors.Count == 0;
}
