using System.Security.Claims;
using DienHong.Web.Application.Launch;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary><c>/api/v1/launch</c>: the workflows you may start (khởi tạo), where, and their inputs; start one with <c>POST /api/v1/instances</c>.</summary>
public static class LaunchEndpoints
{
    public static RouteGroupBuilder MapLaunch(this RouteGroupBuilder api)
    {
        api.MapGet("/launch", OptionsAsync).WithTags("Launch")
            .WithSummary("The published workflows you may start, the agencies where you may, and the inputs each takes.");
        return api;
    }

    private static async Task<Results<Ok<LaunchOption[]>, ProblemHttpResult>> OptionsAsync(LaunchService launch, CurrentPerson current, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await launch.OptionsAsync(current.Resolve(user), cancellationToken));
}
