using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>The refusal codes of the designer's page (mã từ chối của trình thiết kế).</summary>
public static class DesignerCanvasRefusals
{
    /// <summary>{0} the key given.</summary>
    public static readonly MessageCode KeyInvalid = Code("designer.key-invalid", nameof(DesignerCanvasText.KeyInvalid));

    /// <summary>{0} the key given.</summary>
    public static readonly MessageCode KeyTaken = Code("designer.key-taken", nameof(DesignerCanvasText.KeyTaken));

    /// <summary>A new workflow without a Vietnamese name.</summary>
    public static readonly MessageCode NameRequired = Code("designer.name-required", nameof(DesignerCanvasText.NameRequired));

    /// <summary>{0} the workflow's key.</summary>
    public static readonly MessageCode NotFound = Code("designer.not-found", nameof(DesignerCanvasText.NotFound));

    private static MessageCode Code(string value, string resource) => new(value, DesignerCanvasText.ResourceManager, resource);
}
