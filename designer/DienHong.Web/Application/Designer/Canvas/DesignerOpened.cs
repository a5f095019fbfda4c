using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>
/// A definition version opened in the designer (phiên bản đang mở): its text, its status, and whether the person may
/// edit it in place (an open draft, for a workflow administrator) or only view it until they edit it as a new draft.
/// </summary>
public sealed record DesignerOpened(string Key, int Version, DefinitionStatus Status, string Json, bool CanEdit)
{
    public bool IsDraft => Status == DefinitionStatus.Draft;
}
