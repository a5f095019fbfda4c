using System.Security.Claims;
using System.Text;
using DienHong.Web.Application;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Application.Designer.Versions;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/definitions/{key}/...</c>: a workflow's versions for the designer (phiên bản quy trình): its history with
/// the journal of publishes and the cases running on each version, the structural diff of two versions, a version as
/// a file, and reverting an old version as the next draft (workflow administrators). A version in a path or a query
/// that is not a whole number is a problem, not a missing route.
/// </summary>
public static class DesignerVersionEndpoints
{
    public static RouteGroupBuilder MapDesignerVersions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/definitions").WithTags("Definitions");
        group.MapGet("/{key}/history", HistoryAsync).WithSummary("Every version with who saved, published and retired it, its running cases, and the verified journal of publishes.");
        group.MapGet("/{key}/diff", DiffAsync).WithSummary("The structural diff between two versions (query: from, to).");
        group.MapPost("/{key}/{version}/revert", RevertAsync).WithSummary("Copies an old version as the next draft; refused while a draft is open (workflow administrators).");
        group.MapGet("/{key}/{version}/export", ExportAsync).WithSummary("A version as a *.workflow.json download.");
        return group;
    }

    private static async Task<Results<Ok<VersionHistory>, ProblemHttpResult>> HistoryAsync(
        DesignerVersionService versions, CurrentPerson current, ClaimsPrincipal user, string key, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await versions.HistoryAsync(current.Resolve(user), key, cancellationToken));

    private static async Task<Results<Ok<VersionComparison>, ProblemHttpResult>> DiffAsync(
        DesignerVersionService versions, CurrentPerson current, ClaimsPrincipal user, string key, string? from, string? to, CancellationToken cancellationToken)
    {
        var (older, newer) = (DesignerVersionService.ParseVersion(from), DesignerVersionService.ParseVersion(to));
        return !older.Succeeded ? ApiProblems.Of(older.Refusal)
            : !newer.Succeeded ? ApiProblems.Of(newer.Refusal)
            : ApiProblems.Ok(await versions.CompareAsync(current.Resolve(user), key, older.Value, newer.Value, cancellationToken));
    }

    private static async Task<Results<Created<DefinitionSummary>, ProblemHttpResult>> RevertAsync(
        DesignerVersionService versions, CurrentPerson current, ClaimsPrincipal user, string key, string version, CancellationToken cancellationToken)
    {
        var number = DesignerVersionService.ParseVersion(version);
        var result = number.Succeeded ? await versions.RevertAsync(current.Resolve(user), key, number.Value, cancellationToken) : number.Refusal;
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/definitions/{Uri.EscapeDataString(result.Value.Key)}/{result.Value.Version}", result.Value)
            : ApiProblems.Of(result.Refusal);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        DesignerVersionService versions, CurrentPerson current, ClaimsPrincipal user, string key, string version, CancellationToken cancellationToken)
    {
        var number = DesignerVersionService.ParseVersion(version);
        var file = number.Succeeded ? await versions.ExportAsync(current.Resolve(user), key, number.Value, cancellationToken) : number.Refusal;
        return file.Succeeded ? TypedResults.File(Encoding.UTF8.GetBytes(file.Value.Json), "application/json", file.Value.FileName) : ApiProblems.Of(file.Refusal);
    }
}
