using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using DienHong.Web.Application.Designer.Canvas;

namespace DienHong.Web.Components.Designer.Canvas;

/// <summary>A node on the diagram (ô bước), drawn by <see cref="ActivityNodeWidget"/>: the canvas view of one definition node and what marks it.</summary>
public sealed class ActivityNodeModel : NodeModel
{
    public ActivityNodeModel(CanvasNode view, NodeMarks marks)
        : base(view.Id, new Point(view.Position.X, view.Position.Y))
    {
        View = view;
        Marks = marks;
        if (view.HasInput)
        {
            Input = (OutcomePortModel)AddPort(new OutcomePortModel(this, null, isInput: true));
        }

        Outputs = [.. view.Ports.Select(p => (OutcomePortModel)AddPort(new OutcomePortModel(this, p.Outcome, isInput: false)))];
    }

    public CanvasNode View { get; }

    public NodeMarks Marks { get; set; }

    public OutcomePortModel? Input { get; }

    public IReadOnlyList<OutcomePortModel> Outputs { get; }

    public OutcomePortModel? Output(string? outcome) => Outputs.FirstOrDefault(p => p.Outcome == outcome);
}
