using System.Globalization;
using System.Resources;

namespace DienHong.Engine.Runtime;

/// <summary>
/// A message code (mã thông báo) of a refusal or an incident: a stable, language-neutral name such as
/// <c>task.not-assignee</c>, ready to become a problem <c>type</c> in an API, and the resource that words it in each
/// language. Activity assemblies declare their own codes with their own resources.
/// </summary>
public sealed record MessageCode(string Value, ResourceManager Texts, string ResourceName)
{
    /// <summary>The composite format of this code's text in <paramref name="culture"/>.</summary>
    public string Template(CultureInfo culture) => Texts.GetString(ResourceName, culture) ?? Value;

    /// <summary>The text of this code with <paramref name="args"/>, in <paramref name="culture"/> (default: the current UI culture).</summary>
    public string Format(IReadOnlyList<object?> args, CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return string.Format(c, Template(c), [.. args]);
    }

    public override string ToString() => Value;
}
