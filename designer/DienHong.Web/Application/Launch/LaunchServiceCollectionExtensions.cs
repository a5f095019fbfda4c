using DienHong.Web.Application.Calendar;
using DienHong.Web.Application.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application.Launch;

/// <summary>Registers the launch page's services (dịch vụ khởi tạo): what may be started, the organisation and the calendar.</summary>
public static class LaunchServiceCollectionExtensions
{
    public static IServiceCollection AddLaunch(this IServiceCollection services)
    {
        services.AddSingleton<LaunchService>();
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<CalendarService>();
        return services;
    }
}
