using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Scheduling;

/// <summary>Creates Hangfire job objects from the host's services, one DI scope per job.</summary>
internal sealed class ServiceProviderJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override object ActivateJob(Type jobType)
    {
        throw new NotSupportedException("Jobs are activated within a scope; use BeginScope.");
    }

    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
