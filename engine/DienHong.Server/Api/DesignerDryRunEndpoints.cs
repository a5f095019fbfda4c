using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Web.Application;
using DienHong.Web.Application.Designer.DryRun;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DienHong.Server.Api;

/// <summary>
/// <c>POST /api/v1/definitions/dry-run</c>: the designer's dry run (chạy thử) of an unsaved definition with a scenario,
/// on the server's organisation and calendar in a throw-away store. Anyone signed in may run one: it changes nothing.
/// </summary>
public static class DesignerDryRunEndpoints
{
    /// <summary>The largest body read: the service's limits on the definition and the scenario, with room for the envelope.</summary>
    private const long MaxBody = 2 * 1024 * 1024;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static RouteGroupBuilder MapDesignerDryRun(this RouteGroupBuilder api)
    {
        api.MapPost("/definitions/dry-run", RunAsync).WithTags("Definitions").WithMetadata(new RequestSizeLimitAttribute(MaxBody))
            .WithSummary("Plays a scenario on a posted definition, step by step, with the server's organisation and calendar; nothing is saved.");
        return api;
    }

    private static async Task<Results<Ok<DryRunResult>, ProblemHttpResult>> RunAsync(
        DryRunService dryRun, CurrentPerson current, ClaimsPrincipal user, DryRunRequest? request, CancellationToken cancellationToken)
    {
        var scenario = request?.Scenario switch
        {
            JsonValue text when text.TryGetValue<string>(out var s) => s,
            JsonObject obj => obj.ToJsonString(Indented),
            _ => null,
        };
        if (request?.Definition is not { } definition || scenario is null)
        {
            return ApiProblems.Of(new ServiceRefusal(RefusalKind.Invalid, DryRunRefusals.RequestShape));
        }

        return ApiProblems.Ok(await dryRun.RunAsync(current.Resolve(user), definition, scenario, cancellationToken));
    }
}
