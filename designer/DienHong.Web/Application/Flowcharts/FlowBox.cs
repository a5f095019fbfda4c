namespace DienHong.Web.Application.Flowcharts;

/// <summary>A node's box (ô bước) in a laid-out flowchart: its top-left corner and size, its layer (column) and its place in that layer.</summary>
public sealed record FlowBox(string Id, double X, double Y, double Width, double Height, int Layer, int Order)
{
    public FlowPoint Center => new(X + (Width / 2), Y + (Height / 2));

    public bool Overlaps(FlowBox other) =>
        X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Height && other.Y < Y + Height;
}
