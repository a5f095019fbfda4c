using DienHong.Web.Application.Definitions;

namespace DienHong.Web.Components.Designer.Canvas;

/// <summary>What the canvas marks on a node: its error and warning counts (the red badge), and whether a shown diff or dry run touches it.</summary>
public sealed record NodeMarks(int Errors, int Warnings, bool Highlighted)
{
    public static NodeMarks None { get; } = new(0, 0, false);

    /// <summary>
    /// The marks of every node: the validator's findings counted on their node (a finding about an edge on the edge's
    /// source, found by <paramref name="edgeSource"/> from the edge's 1-based number) and the highlighted nodes.
    /// </summary>
    public static Dictionary<string, NodeMarks> Of(IEnumerable<ValidationFinding> findings, IEnumerable<string> highlighted, Func<int, string?> edgeSource)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(highlighted);
        ArgumentNullException.ThrowIfNull(edgeSource);
        var byNode = new Dictionary<string, NodeMarks>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if ((finding.NodeId ?? (finding.Edge is { } edge ? edgeSource(edge) : null)) is not { } node)
            {
                continue;
            }

            var mark = byNode.GetValueOrDefault(node, None);
            byNode[node] = finding.Severity == "error" ? mark with { Errors = mark.Errors + 1 } : mark with { Warnings = mark.Warnings + 1 };
        }

        foreach (var node in highlighted)
        {
            byNode[node] = byNode.GetValueOrDefault(node, None) with { Highlighted = true };
        }

        return byNode;
    }
}
