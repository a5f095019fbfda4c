using DienHong.Server.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using DatabaseOptions = DienHong.Server.Configuration.DatabaseOptions;

namespace DienHong.Server.Accounts;

/// <summary>
/// Accounts and sign-in (tài khoản, đăng nhập): ASP.NET Core Identity on <c>accounts.db</c> (or the
/// PostgreSQL database), a cookie for the web app
/// and a bearer token for scripts, both accepted everywhere; password rules and lockout; data protection keys in the
/// data folder so cookies and tokens survive a restart.
/// </summary>
public static class AccountsComposition
{
    /// <summary>The default scheme: the bearer token when the request carries one, else the cookie.</summary>
    public const string CookieOrBearer = "cookie-or-bearer";

    public static IServiceCollection AddAccounts(this IServiceCollection services, ServerOptions server, DatabaseOptions database)
    {
        services.AddSingleton<IDbContextFactory<AccountsDbContext>>(new AccountsContexts(server, database));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContext());
        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(server.DataPath, "data-protection")))
            .SetApplicationName("DienHong");

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, CookieOrBearer, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "dienhong";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401/403 itself: a script or a fetch must not be sent to a sign-in page.
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<ServerUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddClaimsPrincipalFactory<ServerClaimsFactory>();
        services.AddScoped<DemoAccounts>();
        return services;
    }

    private static Task Answer(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hangfire");
}
