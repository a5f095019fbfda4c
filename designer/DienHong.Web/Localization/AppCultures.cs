using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace DienHong.Web.Localization;

/// <summary>
/// The two languages of the web app (ngôn ngữ): Vietnamese (<c>vi-VN</c>, the default: dates dd/MM/yyyy, weeks from
/// Monday) and English (<c>en-GB</c>, the same date order). The choice is remembered in the standard culture cookie.
/// </summary>
public static class AppCultures
{
    public const string Vietnamese = "vi-VN";

    public const string English = "en-GB";

    public static readonly IReadOnlyList<string> All = [Vietnamese, English];

    /// <summary>The cookie that remembers the language (ASP.NET Core's request culture cookie).</summary>
    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    /// <summary>The supported culture for a name such as <c>vi</c>, <c>en</c> or <c>en-GB</c>, or null.</summary>
    public static string? Find(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "vi" or "vi-vn" => Vietnamese,
        "en" or "en-gb" or "en-us" => English,
        _ => null,
    };

    /// <summary>The culture cookie's value for <paramref name="culture"/>.</summary>
    public static string CookieValue(string culture) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));

    public static CultureInfo Culture(string culture) => CultureInfo.GetCultureInfo(culture);
}
