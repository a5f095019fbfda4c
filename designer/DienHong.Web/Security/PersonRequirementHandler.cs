using DienHong.Workflows.Organization;
using Microsoft.AspNetCore.Authorization;

namespace DienHong.Web.Security;

/// <summary>Decides every <see cref="IPersonRequirement"/> on the person resolved from the principal.</summary>
public sealed class PersonRequirementHandler(CurrentPerson current, OrganizationDirectory organization) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var pending = context.PendingRequirements.OfType<IPersonRequirement>().ToList();
        if (pending.Count == 0)
        {
            return Task.CompletedTask;
        }

        var access = current.Resolve(context.User);
        foreach (var requirement in pending.Where(r => r.IsMetBy(access, organization)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
