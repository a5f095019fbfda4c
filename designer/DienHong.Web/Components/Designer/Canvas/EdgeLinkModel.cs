using Blazor.Diagrams.Core.Models;

namespace DienHong.Web.Components.Designer.Canvas;

/// <summary>A drawn edge (luồng), knowing its place in the definition's <c>edges</c>.</summary>
public sealed class EdgeLinkModel : LinkModel
{
    public EdgeLinkModel(int index, OutcomePortModel from, OutcomePortModel to)
        : base($"edge:{index}", from, to)
    {
        Index = index;
        TargetMarker = LinkMarker.Arrow;
    }

    public int Index { get; }
}
