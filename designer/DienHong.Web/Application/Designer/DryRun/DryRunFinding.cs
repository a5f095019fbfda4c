namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// Why a dry run could not run (lỗi chạy thử), as the editor shows it: in the <c>definition</c> or the
/// <c>scenario</c>, the line (and column) when known, the scenario step, the node, the rule and the message in the
/// reader's language.
/// </summary>
public sealed record DryRunFinding(string Source, int? Line, int? Column, int? Step, string? NodeId, string Rule, string Message);
