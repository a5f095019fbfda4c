using DienHong.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace DienHong.Server.Api;

/// <summary>
/// The API's language (ngôn ngữ của API): a script says it with <c>Accept-Language</c> (<c>vi</c>, <c>en</c>, or a
/// regional form such as <c>en-US</c>), in order of preference; the pages keep their own choice (the cookie). With
/// neither, the request is Vietnamese.
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
        return chosen is null ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(chosen));
    }
}
