using System.Globalization;
using DienHong.Web.Application.Designer.Versions;
using DienHong.Web.Resources;

namespace DienHong.Web.Components.Designer.Versions;

/// <summary>A diff's changes grouped as a reader looks for them (nhóm thay đổi): the workflow's own fields, its variables, then each node with its properties and outgoing edges.</summary>
public sealed record DiffGroup(string Key, string Title, IReadOnlyList<DiffChange> Changes)
{
    public static IReadOnlyList<DiffGroup> Of(DefinitionDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return [.. diff.Changes
            .GroupBy(c => c.NodeId is { } node ? "node-" + node : c.Target == DiffTarget.Variable ? "variables" : c.Target == DiffTarget.Edge ? "edges" : "definition")
            .OrderBy(g => g.Key switch { "definition" => 0, "variables" => 1, "edges" => 3, _ => 2 })
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DiffGroup(g.Key, TitleOf(g.Key), [.. g]))];
    }

    private static string TitleOf(string key) => key switch
    {
        "definition" => DesignerVersionsText.GroupDefinition,
        "variables" => DesignerVersionsText.GroupVariables,
        "edges" => DesignerVersionsText.GroupEdges,
        _ => VersionsFormat.Text(DesignerVersionsText.GroupNode, key["node-".Length..]),
    };
}
