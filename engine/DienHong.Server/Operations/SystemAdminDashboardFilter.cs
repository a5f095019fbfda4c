using DienHong.Web.Security;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace DienHong.Server.Operations;

/// <summary>The Hangfire dashboard is for <c>system-admin</c> only: anonymous gets 401, any other account 403.</summary>
public sealed class SystemAdminDashboardFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, Policies.SystemAdmin)).Succeeded;
    }
}
