using System.Text.Encodings.Web;
using System.Text.Unicode;
using DienHong.Web.Localization;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using MudBlazor;
using MudBlazor.Services;

namespace DienHong.Web;

/// <summary>Registers the web app (ứng dụng web): Blazor components, MudBlazor, and the authorisation model.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// The components with interactive server rendering, MudBlazor (its own words from our resources), the authentication state for components,
    /// <see cref="CurrentPerson"/> and the policies. The organisation (<c>AddDienHongOrganization</c>) is registered by the host.
    /// </summary>
    public static IServiceCollection AddDienHongWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddDienHongMudBlazor();
        // Vietnamese letters are written as they are, not as numeric entities: pages stay readable and smaller.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        return services.AddDienHongAuthorization();
    }

    /// <summary>MudBlazor, its own words (close, clear, next page...) from our resources in the page's language.</summary>
    public static IServiceCollection AddDienHongMudBlazor(this IServiceCollection services)
    {
        services.AddMudServices();
        return services.AddTransient<MudLocalizer, MudBlazorTextLocalizer>();
    }

    /// <summary>The authorisation model alone: <see cref="CurrentPerson"/>, its requirement handler and the named policies.</summary>
    public static IServiceCollection AddDienHongAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<CurrentPerson>();
        services.AddSingleton<IAuthorizationHandler, PersonRequirementHandler>();
        services.AddAuthorization(Policies.Add);
        return services;
    }
}
