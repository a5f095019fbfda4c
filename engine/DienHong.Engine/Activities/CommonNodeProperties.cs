using DienHong.Calendar;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Activities;

/// <summary>
/// Properties every node may have whatever its type (thuộc tính chung), besides its identity (<c>id</c>,
/// <c>type</c>, <c>name</c>): the one list the compiler, the validator's shapes and the designer read.
/// </summary>
public static class CommonNodeProperties
{
    public static IReadOnlyList<PropertyDescriptor> All { get; } =
    [
        new("description", PropertyKind.LocalizedText, false, new LocalizedText(
            "Mô tả bước cho người đọc (không ảnh hưởng cách chạy).", "What the step is for, for people to read (the engine ignores it).")),
        new("legalBasis", PropertyKind.Json, false, new LocalizedText(
            "Căn cứ pháp lý của bước (văn bản, điều).", "The step's legal basis (document, article).")) { Shape = DefinitionShapes.LegalBasis },
        new(NodeEnds.Property, PropertyKind.Json, false, new LocalizedText(
            "Kết quả nào kết thúc hồ sơ và với kết quả gì, ví dụ { \"Reject\": \"Rejected\" }; null: chỉ kết thúc nhánh này.",
            "Which outcomes end the case and with which outcome, e.g. { \"Reject\": \"Rejected\" }; null: ends only this branch."))
        {
            Shape = ObjectShape.Map(NodeEnds.Property),
        },
    ];

    /// <summary>
    /// The keys every node has whatever its type: identity, then <see cref="All"/> (the texts people read, the node's
    /// legal basis, <c>ends</c>). The activity's own properties come from its descriptor. Computed on first use, so
    /// this class and <see cref="DefinitionShapes"/> never wait on each other's initialisation.
    /// </summary>
    public static IReadOnlyList<ShapeField> Fields => field ??=
    [
        new("id", PropertyKind.Text),
        new("type", PropertyKind.Text),
        new("name", PropertyKind.LocalizedText),
        .. All.Select(p => p.AsField()),
    ];
}
