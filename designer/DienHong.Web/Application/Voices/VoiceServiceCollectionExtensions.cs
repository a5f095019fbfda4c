using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application.Voices;

/// <summary>Registers the consultation and ballot services (lấy ý kiến, biểu quyết).</summary>
public static class VoiceServiceCollectionExtensions
{
    public static IServiceCollection AddVoices(this IServiceCollection services)
    {
        services.AddSingleton<VoiceSteps>();
        services.AddSingleton<ConsultationService>();
        services.AddSingleton<VoteService>();
        return services;
    }
}
