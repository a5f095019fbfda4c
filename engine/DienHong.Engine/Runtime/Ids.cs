namespace DienHong.Engine.Runtime;

/// <summary>New ids: time-ordered GUIDs (version 7), so that new rows land at the end of their indexes.</summary>
public static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
