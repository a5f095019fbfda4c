using System.Globalization;
using DienHong.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace DienHong.Web.Localization;

/// <summary>
/// MudBlazor's own words (từ ngữ của MudBlazor: close, clear, next month, next page...) from our resources: it has
/// English only, so a Vietnamese page read "Close" on an alert's or a snackbar's button. MudBlazor asks this for every
/// language but English; a word not in the resources stays MudBlazor's.
/// </summary>
internal sealed class MudBlazorTextLocalizer : MudLocalizer
{
    public override LocalizedString this[string key] =>
        MudBlazorText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) is { } text
            ? new LocalizedString(key, text)
            : new LocalizedString(key, key, resourceNotFound: true);
}
