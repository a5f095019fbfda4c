using DienHong.Server.Accounts;
using DienHong.Server.Resources;
using DienHong.Web.Security;

namespace DienHong.Server.Operations;

/// <summary>
/// While an account has a temporary password (mật khẩu tạm thời), its pages lead to the change-password page and the
/// API answers 403; the account pages, the framework's files and sign-out stay reachable.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.User.HasClaim(c => c.Type == DienHongClaims.MustChangePassword) || Allowed(context.Request.Path))
        {
            await next(context);
            return;
        }

        if (AccountsComposition.IsApi(context.Request.Path))
        {
            await Results.Problem(ServerText.ProblemMustChangePassword, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }

        context.Response.Redirect("/account/password?forced=true");
    }

    private static bool Allowed(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/culture") || path.StartsWithSegments("/_framework")
        || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/health")
        || (!path.StartsWithSegments("/api") && Path.HasExtension(path.Value));
}
