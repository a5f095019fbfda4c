using DienHong.Engine.Validation;

namespace DienHong.Web.Application.Definitions;

/// <summary>One finding of the validator (lỗi kiểm tra): where (line, column, node or edge), which rule, how serious, and the message in the reader's language.</summary>
public sealed record ValidationFinding(int? Line, int? Column, string? NodeId, int? Edge, string Rule, string Severity, string Message)
{
    public static ValidationFinding Of(ValidationError e) =>
        new(e.Line, e.Column, e.NodeId, e.EdgeIndex is { } edge ? edge + 1 : null, e.Rule, e.IsWarning ? "warning" : "error", e.Message);
}
