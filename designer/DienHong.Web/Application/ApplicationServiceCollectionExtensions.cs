using DienHong.Web.Application.Cases;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Application.Designer.Canvas;
using DienHong.Web.Application.Designer.DryRun;
using DienHong.Web.Application.Designer.Properties;
using DienHong.Web.Application.Designer.Versions;
using DienHong.Web.Application.Disclosures;
using DienHong.Web.Application.Instances;
using DienHong.Web.Application.Launch;
using DienHong.Web.Application.Reports;
using DienHong.Web.Application.Tasks;
using DienHong.Web.Application.Voices;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application;

/// <summary>
/// Registers the application services (dịch vụ ứng dụng) the API and the pages both call. They need the engine, its
/// store's query ports and the organisation, which the host registers.
/// </summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddDienHongApplication(this IServiceCollection services)
    {
        services.AddSingleton<CaseAccess>();
        services.AddSingleton<DefinitionLookup>();
        services.AddSingleton<TaskViews>();
        services.AddSingleton<TaskService>();
        services.AddSingleton<InstanceService>();
        services.AddSingleton<JournalService>();
        services.AddSingleton<DefinitionService>();
        services.AddSingleton<DesignerVersionService>();
        services.AddVoices();
        services.AddSingleton<ReportAccess>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<CaseService>();
        services.AddLaunch();
        services.AddDisclosures();
        services.AddDesignerCanvas();
        services.AddDesignerProperties();
        services.AddDesignerDryRun();
        return services;
    }
}
