using DienHong.Calendar;
using DienHong.Engine.Resources;
using DienHong.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DienHong.Engine.Hosting;

/// <summary>One registration for every host (CLI, scenario runner, server, benchmarks, tests).</summary>
public static class HostingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine, its activities (the given assemblies and those found in the application's folder), the
    /// store the options name and the calendar. The options are validated when the host starts
    /// (<see cref="StartDienHongAsync"/>, or a generic host's start): a missing database, calendar or key folder is one
    /// clear message.
    /// </summary>
    public static DienHongBuilder AddDienHong(this IServiceCollection services, Action<DienHongOptions>? configure = null, IConfiguration? configuration = null)
    {
        void Apply(DienHongOptions o)
        {
            if (configuration is not null)
            {
                o.Bind(configuration);
            }

            configure?.Invoke(o);
        }

        var options = new DienHongOptions();
        Apply(options);
        var assemblies = options.Assemblies
            .Concat(options.ScanApplicationFolder ? ApplicationAssemblies.FindLoadable(options.ApplicationFolder, options.AssemblyPrefix, options.SkippedAssemblies) : [])
            .Distinct()
            .ToArray();
        var providers = assemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IStoreProvider).IsAssignableFrom(t))
            .Select(t => (IStoreProvider)Activator.CreateInstance(t)!)
            .ToList();

        services.AddOptions<DienHongOptions>().Configure(Apply).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DienHongOptions>>(new DienHongOptionsValidator([.. providers.Select(p => p.Name)]));
        if (options.Calendar is { } calendar)
        {
            services.AddSingleton(calendar);
        }
        else if (options.CalendarFolder is { } folder)
        {
            services.AddSingleton<IWorkingCalendar>(_ => VietnamCalendar.Create(folder));
        }

        services.AddDienHongEngine(options.Configure, assemblies);
        if (!string.IsNullOrWhiteSpace(options.Database.Path) || !string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            // Without either the validator stops the start with the message; nothing to register meanwhile.
            providers.FirstOrDefault(p => options.Database.Is(p.Name))?.Register(services, options);
        }

        return new DienHongBuilder(services, options);
    }

    /// <summary>
    /// Starts what <see cref="AddDienHong"/> registered, for a host without a generic host: checks the options (throws
    /// <see cref="DienHongStartException"/> naming every problem) and brings the store up to date.
    /// </summary>
    public static async Task StartDienHongAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            _ = services.GetRequiredService<IOptions<DienHongOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new DienHongStartException(Text.Format(HostingMessages.Invalid, string.Join("; ", e.Failures)), [.. e.Failures]);
        }

        if (services.GetService<IStoreStartup>() is { } store)
        {
            await store.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
