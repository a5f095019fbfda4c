using System.Text.Json.Serialization;
using DienHong.Web.Application;

namespace DienHong.Server.Api;

/// <summary>The REST API's services (dịch vụ API): the application services it calls, and enums written by name in its JSON.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddDienHongApplication();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }
}
