using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>Registers the designer page's service.</summary>
public static class DesignerCanvasServiceCollectionExtensions
{
    public static IServiceCollection AddDesignerCanvas(this IServiceCollection services) => services.AddSingleton<DesignerService>();
}
