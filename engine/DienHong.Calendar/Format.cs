using System.Globalization;

namespace DienHong.Calendar;

/// <summary>Fills a resource text (định dạng thông báo) with the current culture's number and date formats.</summary>
internal static class Format
{
    public static string F(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
