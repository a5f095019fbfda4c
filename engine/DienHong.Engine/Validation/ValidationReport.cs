namespace DienHong.Engine.Validation;

/// <summary>Every error found in one definition file.</summary>
public sealed record ValidationReport(string File, IReadOnlyList<ValidationError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
