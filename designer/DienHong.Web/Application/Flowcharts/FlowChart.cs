namespace DienHong.Web.Application.Flowcharts;

/// <summary>A laid-out flowchart (sơ đồ quy trình): the boxes, the arrows and the size of the drawing.</summary>
public sealed record FlowChart(IReadOnlyList<FlowBox> Boxes, IReadOnlyList<FlowArrow> Arrows, double Width, double Height)
{
    public FlowBox? Find(string id) => Boxes.FirstOrDefault(b => b.Id == id);
}
