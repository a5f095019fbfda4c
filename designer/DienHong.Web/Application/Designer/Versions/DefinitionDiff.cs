using System.Globalization;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Designer.Versions;

/// <summary>
/// The structural difference (so sánh cấu trúc) between two versions of a definition: every change, and the nodes
/// they touch so the canvas can mark them (a changed edge touches both of its ends).
/// </summary>
public sealed record DefinitionDiff(IReadOnlyList<DiffChange> Changes)
{
    public IReadOnlySet<string> NodesTouched { get; } = Touched(Changes);

    public bool IsEmpty => Changes.Count == 0;

    /// <summary>How many nodes, edges, variables and top-level fields were added, removed or changed (a node with several changed properties counts once).</summary>
    public IReadOnlyList<DiffCount> Counts()
    {
        var changedNodes = Changes.Where(c => c.Target == DiffTarget.Property).Select(c => c.NodeId).Distinct().Count();
        var counts = Changes.Where(c => c.Target != DiffTarget.Property)
            .GroupBy(c => (c.Target, c.Kind))
            .ToDictionary(g => g.Key, g => g.Count());
        if (changedNodes > 0)
        {
            counts[(DiffTarget.Node, DiffKind.Changed)] = changedNodes;
        }

        return [.. counts.OrderBy(c => c.Key.Target).ThenBy(c => c.Key.Kind).Select(c => new DiffCount(c.Key.Target, c.Key.Kind, c.Value))];
    }

    /// <summary>A short line ("2 nodes changed, 1 edge added") in <paramref name="culture"/> (default: the current UI culture).</summary>
    public string Summary(CultureInfo? culture = null) => Summarize(Counts(), culture);

    /// <summary>The summary line of <paramref name="counts"/> (also those a publish's journal entry keeps) in <paramref name="culture"/>.</summary>
    public static string Summarize(IEnumerable<DiffCount> counts, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var parts = counts.Select(c => string.Format(culture, Text(c.Target, c.Count == 1, culture), c.Count, Text(c.Kind, culture))).ToList();
        return parts.Count == 0 ? DesignerVersionsText.ResourceManager.GetString(nameof(DesignerVersionsText.NoChanges), culture)! : string.Join(", ", parts);
    }

    private static string Text(DiffTarget target, bool one, CultureInfo culture) =>
        DesignerVersionsText.ResourceManager.GetString($"Count{target}{(one ? "One" : "Many")}", culture)!;

    private static string Text(DiffKind kind, CultureInfo culture) =>
        DesignerVersionsText.ResourceManager.GetString($"Kind{kind}", culture)!;

    private static HashSet<string> Touched(IReadOnlyList<DiffChange> changes)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in changes)
        {
            if (c.NodeId is not null)
            {
                nodes.Add(c.NodeId);
            }

            if (c.Target == DiffTarget.Edge && DefinitionDiffer.EdgeTarget(c.Before ?? c.After) is { } to)
            {
                nodes.Add(to);
            }
        }

        return nodes;
    }
}
