namespace DienHong.Engine.Validation;

/// <summary>How serious a finding is: an error blocks publishing; a warning is shown but does not block.</summary>
public enum ValidationSeverity
{
    Error,
    Warning,
}
