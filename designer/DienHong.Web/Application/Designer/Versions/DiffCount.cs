namespace DienHong.Web.Application.Designer.Versions;

/// <summary>How many parts of one kind a diff added, removed or changed (số thay đổi).</summary>
public sealed record DiffCount(DiffTarget Target, DiffKind Kind, int Count);
