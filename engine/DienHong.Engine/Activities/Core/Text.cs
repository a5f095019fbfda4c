using DienHong.Calendar;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Activities.Core;

/// <summary>Shorthand for the bilingual texts of descriptors.</summary>
internal static class Text
{
    public static LocalizedText T(string vi, string en) => new(vi, en);

    public static PropertyDescriptor Prop(string name, PropertyKind kind, bool required, string vi, string en) =>
        new(name, kind, required, new LocalizedText(vi, en));
}
