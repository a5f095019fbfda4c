namespace DienHong.Web.Application.Flowcharts;

/// <summary>
/// An edge (luồng) as drawn: the polyline from its source box to its target box, where its outcome label goes, and
/// whether it goes back to an earlier step (a loop such as "request changes"), which is routed under the boxes.
/// </summary>
public sealed record FlowArrow(string From, string To, string? Outcome, IReadOnlyList<FlowPoint> Points, FlowPoint LabelAt, bool Back);
