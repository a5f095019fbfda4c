using System.Globalization;

namespace DienHong.Engine.Resources;

/// <summary>Formats resource texts in the current UI culture.</summary>
public static class Text
{
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, template, args);
}
