namespace DienHong.Web.Application.Flowcharts;

/// <summary>A point of a laid-out flowchart (tọa độ), in SVG user units, y downwards.</summary>
public readonly record struct FlowPoint(double X, double Y);
