using DienHong.Server.Accounts;
using DienHong.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace DienHong.Server.Api;

/// <summary>
/// The API's language (ngôn ngữ của API): a script says it with <c>Accept-Language</c> (<c>vi</c>, <c>en</c>, or a
/// regional form such as <c>en-US</c>), in order of preference; without it, the signed-in account's own language (its
/// claim); the pages keep their own choice (the cookie). With none of these, the request is Vietnamese. Runs after
/// authentication, so that the account is known.
/// </summary>
public sealed class ApiLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return NullProviderCultureResult;
        }

        var chosen = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .Select(v => AppCultures.Find(v) ?? AppCultures.Find(v?.Split('-')[0]))
            .FirstOrDefault(c => c is not null);
        chosen ??= AppCultures.Find(httpContext.User.FindFirst(ServerClaimsFactory.LanguageClaim)?.Value);
        return chosen is null ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(chosen));
    }
}
