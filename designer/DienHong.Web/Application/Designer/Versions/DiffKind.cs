namespace DienHong.Web.Application.Designer.Versions;

/// <summary>What happened to a part of a definition between two versions (loại thay đổi).</summary>
public enum DiffKind
{
    Added,
    Removed,
    Changed,
}
