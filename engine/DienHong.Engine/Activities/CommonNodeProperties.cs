using DienHong.Calendar;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Activities;

/// <summary>Properties every node may have whatever its type (thuộc tính chung), besides <c>id</c>, <c>type</c> and <c>name</c>.</summary>
public static class CommonNodeProperties
{
    public static IReadOnlyList<PropertyDescriptor> All { get; } =
    [
        new(NodeEnds.Property, PropertyKind.Json, false, new LocalizedText(
            "Kết quả nào kết thúc hồ sơ và với kết quả gì, ví dụ { \"Reject\": \"Rejected\" }; null: chỉ kết thúc nhánh này.",
            "Which outcomes end the case and with which outcome, e.g. { \"Reject\": \"Rejected\" }; null: ends only this branch.")),
    ];
}
