using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application.Disclosures;

/// <summary>Registers the disclosures board's services (dịch vụ bảng công khai).</summary>
public static class DisclosureServiceCollectionExtensions
{
    public static IServiceCollection AddDisclosures(this IServiceCollection services)
    {
        services.AddSingleton<DisclosureViews>();
        services.AddSingleton<DisclosureReader>();
        services.AddSingleton<DisclosureService>();
        return services;
    }
}
