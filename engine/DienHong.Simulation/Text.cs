using System.Globalization;

namespace DienHong.Simulation;

/// <summary>Fills a resource text (định dạng thông báo) with the current culture.</summary>
internal static class Text
{
    public static string F(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
