using DienHong.Engine.Validation;

namespace DienHong.Engine.Catalog;

/// <summary>A definition that failed validation and so was not published; <see cref="Report"/> lists every error.</summary>
public sealed class DefinitionRejectedException(ValidationReport report)
    : Exception(string.Join(Environment.NewLine, report.Errors.Select(e => e.ToString())))
{
    public ValidationReport Report { get; } = report;
}
