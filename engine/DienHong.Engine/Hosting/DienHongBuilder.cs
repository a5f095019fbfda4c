using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Engine.Hosting;

/// <summary>
/// What <c>AddDienHong</c> returns: the services and the options they were registered from, for the scheduler
/// (<c>UseHangfire</c>), the organisation (<c>UseOrganization</c>) and other assemblies to extend.
/// </summary>
public sealed class DienHongBuilder(IServiceCollection services, DienHongOptions options)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>The options as configured at registration (the same values <c>IOptions&lt;DienHongOptions&gt;</c> gives).</summary>
    public DienHongOptions Options { get; } = options;
}
