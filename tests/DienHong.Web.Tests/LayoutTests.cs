using System.Globalization;
using System.Security.Claims;
using Bunit;
using DienHong.Web.Components.Layout;
using DienHong.Web.Components.Shared;
using DienHong.Web.Localization;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>The shell: navigation by role, the person and agency in the app bar, the language switch, dates the Vietnamese way.</summary>
public sealed class LayoutTests
{
    private static readonly DateOnly Day = new(2027, 2, 1);

    [Fact]
    public async Task A_head_sees_the_five_everyday_pages_and_not_the_designer()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = Context(Demo.Person("E0101"));
        var layout = RenderLayout(ctx);
        layout.FindAll("nav a").Select(a => a.TextContent.Trim()).ShouldBe(["Việc của tôi", "Bảng công khai", "Lấy ý kiến & biểu quyết", "Khởi tạo", "Hồ sơ", "Báo cáo"]);
        layout.FindAll("[data-testid=nav-designer]").ShouldBeEmpty();
        layout.Find("[data-testid=person-name]").TextContent.ShouldBe("Phạm Văn Thành");
        layout.Find("[data-testid=person-agency]").TextContent.ShouldBe("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện");
    }

    [Theory]
    [InlineData("E0108")]
    [InlineData(null)]
    public async Task A_workflow_admin_sees_the_designer(string? personId)
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = Context(personId is null ? Demo.Admin(DienHongClaims.WorkflowAdmin) : Demo.Person(personId));
        var layout = RenderLayout(ctx);
        layout.Find("[data-testid=nav-designer]").TextContent.Trim().ShouldBe("Thiết kế quy trình");
    }

    [Fact]
    public async Task An_account_without_a_person_shows_its_user_name_and_no_agency()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = Context(Demo.Admin(DienHongClaims.SystemAdmin));
        var layout = RenderLayout(ctx);
        layout.Find("[data-testid=person-name]").TextContent.ShouldBe("system-admin");
        layout.Find("[data-testid=person-agency]").TextContent.ShouldBe("Chưa thuộc cơ quan, đơn vị nào");
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "vi", "Đăng xuất", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện")]
    [InlineData(AppCultures.English, "en", "Sign out", "Office of the District People's Council and People's Committee")]
    public async Task The_language_switch_marks_the_current_language_and_the_shell_follows_it(string culture, string current, string signOut, string agency)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = Context(Demo.Person("E0101"));
        var layout = RenderLayout(ctx);
        var switches = layout.FindAll("form[action=culture] button[name=culture]");
        switches.Select(b => b.GetAttribute("value")).ShouldBe([AppCultures.Vietnamese, AppCultures.English]);
        switches.Single(b => b.GetAttribute("aria-pressed") == "true").GetAttribute("lang").ShouldBe(current);
        layout.Find("[data-testid=sign-out]").TextContent.Trim().ShouldBe(signOut);
        layout.Find("[data-testid=person-agency]").TextContent.ShouldBe(agency);
        layout.Find("form[action=culture] input[name=returnUrl]").GetAttribute("value").ShouldBe("/cases");
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Thứ Hai, 01/02/2027")]
    [InlineData(AppCultures.English, "Monday, 01/02/2027")]
    public async Task A_page_writes_the_day_as_dd_MM_yyyy(string culture, string expected)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = Context(Demo.Person("E0101"));
        var page = ctx.Render<PlaceholderPage>(p => p.Add(x => x.Title, "T").Add(x => x.EmptyText, "E"));
        page.Find("[data-testid=today]").TextContent.ShouldEndWith(expected);
        CultureInfo.CurrentCulture.DateTimeFormat.FirstDayOfWeek.ShouldBe(DayOfWeek.Monday);
    }

    private static BunitContext Context(ClaimsPrincipal user)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(Demo.Organization);
        ctx.Services.AddSingleton<TimeProvider>(Demo.Clock(Day));
        ctx.Services.AddSingleton<CurrentPerson>();
        ctx.Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgery>();
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized(user.Identity!.Name!);
        auth.SetRoles([.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
        auth.SetClaims([.. user.Claims.Where(c => c.Type is not ClaimTypes.Name and not ClaimTypes.Role)]);
        ctx.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/cases");
        return ctx;
    }

    private static IRenderedComponent<MainLayout> RenderLayout(BunitContext ctx) =>
        ctx.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "body"))));

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("token", "__RequestVerificationToken");
    }
}
