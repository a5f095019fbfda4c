using System.Reflection;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Expressions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DienHong.Engine;

/// <summary>Registers the engine. Activities are found by convention in the given assemblies (and the engine's own).</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddDienHongEngine(this IServiceCollection services, Action<EngineOptions>? configure = null, params Assembly[] activityAssemblies)
    {
        var options = new EngineOptions();
        configure?.Invoke(options);
        services.Scan(scan => scan
            .FromAssemblies([typeof(IActivity).Assembly, .. activityAssemblies])
            .AddClasses(classes => classes.AssignableTo<IActivity>())
            .As<IActivity>()
            .WithSingletonLifetime());
        services.AddSingleton(options);
        services.AddSingleton(options.DefinitionLimits);
        services.AddSingleton<ActivityRegistry>();
        services.AddSingleton<DefinitionCompiler>();
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<Validation.DefinitionValidator>();
        services.AddSingleton<Catalog.DefinitionCatalog>();
        services.AddSingleton<Audit.IJournalAudit, Audit.JournalAudit>();
        services.AddSingleton(new ExpressionSandbox(options.ExpressionLimits));
        services.TryAddSingleton<IWorkingCalendar>(WorkingCalendar.Weekdays);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkflowScheduler, PollingScheduler>();
        services.TryAddSingleton<IInstanceLocks, StripedInstanceLocks>();
        services.AddSingleton(sp => new EngineServices(sp.GetRequiredService<ExpressionSandbox>(), sp.GetRequiredService<IWorkingCalendar>(), sp) { Options = options });
        // The engine's constructor is internal: its parts (the definition cache, the shared services) are not for callers.
        services.AddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<IWorkflowStore>(),
            sp.GetRequiredService<DefinitionCache>(),
            sp.GetRequiredService<EngineServices>(),
            sp.GetRequiredService<IWorkflowScheduler>(),
            sp.GetRequiredService<IInstanceLocks>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<WorkflowEngine>>()));
        return services;
    }
}
