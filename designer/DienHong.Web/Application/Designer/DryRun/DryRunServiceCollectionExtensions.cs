using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>Registers the designer's dry run (chạy thử): its limits (a host may register others first), the scenarios and the service.</summary>
public static class DryRunServiceCollectionExtensions
{
    public static IServiceCollection AddDesignerDryRun(this IServiceCollection services)
    {
        services.TryAddSingleton(DryRunLimits.Default);
        services.AddSingleton<DryRunScenarios>();
        services.AddSingleton<DryRunService>();
        return services;
    }
}
