using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>Registers what the designer's property panel needs (bảng thuộc tính): duration previews, template previews, assignee choices.</summary>
public static class DesignerPropertiesServiceCollectionExtensions
{
    public static IServiceCollection AddDesignerProperties(this IServiceCollection services)
    {
        services.AddSingleton<DurationPreviewer>();
        services.AddSingleton<TemplatePreviewer>();
        services.AddSingleton<AssigneeChoices>();
        return services;
    }
}
