using DienHong.Server.Accounts;
using DienHong.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DienHong.Server.Web;

/// <summary>
/// The web app's form posts (đăng nhập, đăng xuất, đổi mật khẩu, đổi ngôn ngữ). Each binds a form, so the antiforgery
/// token is checked before it runs; each answers with a redirect that the page turns into a message next to the field.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", LoginAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/logout", LogoutAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/password", ChangePasswordAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapPost("/culture", SetCultureAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LoginAsync([FromForm] LoginForm form, SignInManager<ServerUser> signIn, HttpContext context)
    {
        var back = LocalUrl.OrHome(form.ReturnUrl);
        if (string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password))
        {
            return Again("missing");
        }

        var result = await signIn.PasswordSignInAsync(form.UserName.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await signIn.UserManager.FindByNameAsync(form.UserName.Trim());
            // The pages follow the account's language from now on, whatever the browser chose before.
            WriteCulture(context.Response, AppCultures.Find(user?.Language) ?? AppCultures.Vietnamese);
            return Results.LocalRedirect(user?.MustChangePassword == true ? "/account/password?forced=true" : back);
        }

        return Again(result.IsLockedOut ? "locked" : "invalid");

        IResult Again(string error) => Results.LocalRedirect(
            $"/account/login?error={error}&userName={Uri.EscapeDataString(form.UserName ?? string.Empty)}&returnUrl={Uri.EscapeDataString(back)}");
    }

    // The form is bound (its one field unused) so that the antiforgery token is checked before signing out.
    private static async Task<IResult> LogoutAsync([FromForm] string? returnUrl, SignInManager<ServerUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    private static async Task<IResult> ChangePasswordAsync([FromForm] PasswordForm form, HttpContext context, SignInManager<ServerUser> signIn)
    {
        var users = signIn.UserManager;
        var user = await users.GetUserAsync(context.User);
        if (user is null)
        {
            return Results.LocalRedirect("/account/login");
        }

        var forced = user.MustChangePassword ? "&forced=true" : string.Empty;
        if (form.NewPassword != form.ConfirmPassword)
        {
            return Results.LocalRedirect($"/account/password?error=mismatch{forced}");
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword ?? string.Empty, form.NewPassword ?? string.Empty);
        if (!result.Succeeded)
        {
            var wrong = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return Results.LocalRedirect($"/account/password?error={(wrong ? "wrong" : "weak")}{forced}");
        }

        var wasForced = user.MustChangePassword;
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Results.LocalRedirect(wasForced ? "/" : "/account/password?done=true");
    }

    /// <summary>Sets the pages' language; for a signed-in person also saves it on the account and renews the sign-in (its language claim).</summary>
    private static async Task<IResult> SetCultureAsync([FromForm] string? culture, [FromForm] string? returnUrl, HttpContext context, SignInManager<ServerUser> signIn)
    {
        if (AppCultures.Find(culture) is { } chosen)
        {
            WriteCulture(context.Response, chosen);
            if (context.User.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(context.User) is { } user && user.Language != chosen)
            {
                user.Language = chosen;
                await signIn.UserManager.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
            }
        }

        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    private static void WriteCulture(HttpResponse response, string culture) =>
        response.Cookies.Append(AppCultures.CookieName, AppCultures.CookieValue(culture), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
}
