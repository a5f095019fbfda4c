using MudBlazor;

namespace DienHong.Web.Components.Layout;

/// <summary>The colours of the web app: a dark red app bar with white text, contrast above 4.5:1 (WCAG AA).</summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#9b1c1c",
            AppbarBackground = "#9b1c1c",
            AppbarText = "#ffffff",
            TextPrimary = "#1f1f1f",
            TextSecondary = "#4a4a4a",
        },
    };
}
