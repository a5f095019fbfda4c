using System.Globalization;

namespace DienHong.Web.Components.Designer.Versions;

/// <summary>Fills a resource template in the reader's culture (the versions panel's texts are each formatted once per render, not in a loop).</summary>
internal static class VersionsFormat
{
    public static string Text(string template, params object?[] args) => string.Format(CultureInfo.CurrentCulture, template, args);
}
