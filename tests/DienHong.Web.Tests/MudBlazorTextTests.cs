using Bunit;
using DienHong.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>MudBlazor's own words (a chip's remove button, a snackbar's close) in the page's language, as the app registers them.</summary>
public sealed class MudBlazorTextTests
{
    [Theory]
    [InlineData(AppCultures.Vietnamese, "Bỏ", "Đóng")]
    [InlineData(AppCultures.English, "Close", "Close")]
    public async Task MudBlazor_speaks_the_page_language(string culture, string remove, string close)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        ctx.Services.AddDienHongMudBlazor();

        var chip = ctx.Render<MudChip<string>>(p => p.Add(c => c.Text, "E0101").Add(c => c.OnClose, (MudChip<string> _) => { }));

        chip.Find("button").GetAttribute("aria-label").ShouldBe(remove);
        ctx.Services.GetRequiredService<MudLocalizer>()["MudSnackbar_Close"].Value.ShouldBe(close);
    }
}
