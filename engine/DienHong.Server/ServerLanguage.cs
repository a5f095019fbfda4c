using System.Globalization;
using DienHong.Web.Localization;

namespace DienHong.Server;

/// <summary>The language of the server's own lines (ngôn ngữ thông báo): <c>DienHong:Language</c>, else the operating system's (Vietnamese or English).</summary>
public static class ServerLanguage
{
    public static void Apply(string? configured)
    {
        var culture = AppCultures.Find(configured)
            ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? AppCultures.Vietnamese : AppCultures.English);
        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.DefaultThreadCurrentUICulture = info;
        CultureInfo.CurrentUICulture = info;
    }
}
