using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>The bookmark being resumed and what resumed it.</summary>
public sealed record ResumeContext(BookmarkRecord Bookmark, ResumeInput Input)
{
    public bool IsWake => Input.IsWake;
}
