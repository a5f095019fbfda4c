using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Designer.Versions;

/// <summary>The refusal codes of the designer's versions (mã từ chối phiên bản); each becomes a problem <c>type</c> of the API (see <c>docs/api.md</c>).</summary>
public static class DesignerVersionRefusals
{
    /// <summary>{0} the text given.</summary>
    public static readonly MessageCode VersionNotNumber = Code("definition.version-number", nameof(DesignerVersionsText.VersionNotNumber));

    /// <summary>{0} the version given twice.</summary>
    public static readonly MessageCode SameVersion = Code("definition.same-version", nameof(DesignerVersionsText.SameVersion));

    /// <summary>{0} the key.</summary>
    public static readonly MessageCode DefinitionMissing = Code("definition.key-not-found", nameof(DesignerVersionsText.DefinitionMissing));

    /// <summary>{0} the key, {1} the open draft's version, {2} the version to revert to.</summary>
    public static readonly MessageCode DraftOpen = Code("definition.draft-open", nameof(DesignerVersionsText.DraftOpen));

    private static MessageCode Code(string value, string resource) => new(value, DesignerVersionsText.ResourceManager, resource);
}
