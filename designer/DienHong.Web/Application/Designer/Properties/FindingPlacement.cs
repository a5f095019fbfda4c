using DienHong.Web.Application.Definitions;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>
/// Puts the validator's findings on a node next to the property they are about (lỗi theo thuộc tính). The
/// validator's messages name a property in quotes, in both languages (<c>property 'due': ...</c>, <c>thuộc tính
/// 'due': ...</c>, <c>property 'escalation.to'</c>); a finding that names none of the node's properties stays with the
/// node as a whole.
/// </summary>
public static class FindingPlacement
{
    /// <summary>The findings of <paramref name="nodeId"/> about <paramref name="property"/>.</summary>
    public static IReadOnlyList<ValidationFinding> For(IReadOnlyList<ValidationFinding>? findings, string nodeId, string property) =>
        [.. (findings ?? []).Where(f => f.NodeId == nodeId && Names(f, property))];

    /// <summary>The findings of <paramref name="nodeId"/> about none of <paramref name="properties"/>.</summary>
    public static IReadOnlyList<ValidationFinding> Unplaced(IReadOnlyList<ValidationFinding>? findings, string nodeId, IEnumerable<string> properties)
    {
        var names = properties.ToList();
        return [.. (findings ?? []).Where(f => f.NodeId == nodeId && !names.Any(p => Names(f, p)))];
    }

    private static bool Names(ValidationFinding finding, string property) =>
        finding.Message.Contains($"'{property}'", StringComparison.Ordinal) || finding.Message.Contains($"'{property}.", StringComparison.Ordinal);
}
