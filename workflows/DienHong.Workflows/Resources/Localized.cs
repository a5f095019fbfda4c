using System.Globalization;

namespace DienHong.Workflows.Resources;

/// <summary>Fills a resource text (định dạng thông báo) with the current culture.</summary>
internal static class Localized
{
    public static string F(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
