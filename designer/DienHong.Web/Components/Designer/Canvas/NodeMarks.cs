namespace DienHong.Web.Components.Designer.Canvas;

/// <summary>What the canvas marks on a node: its error and warning counts (the red badge), and whether a shown diff or dry run touches it.</summary>
public sealed record NodeMarks(int Errors, int Warnings, bool Highlighted)
{
    public static NodeMarks None { get; } = new(0, 0, false);
}
