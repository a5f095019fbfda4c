using System.Security.Claims;
using DienHong.Engine.Storage;
using DienHong.Web.Application;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/definitions</c>: the workflow definitions (định nghĩa quy trình). Anyone signed in reads them; a
/// workflow administrator validates, imports (as a draft), publishes and retires. A posted definition is the request
/// body as it is, the JSON of a <c>*.workflow.json</c> file.
/// </summary>
public static class DefinitionEndpoints
{
    public static RouteGroupBuilder MapDefinitions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/definitions").WithTags("Definitions");
        group.MapGet("/", ListAsync).WithSummary("Definition versions, by key then version (filters: key, status; paged).");
        group.MapGet("/{key}/{version:int}", GetAsync).WithSummary("One definition version with its JSON.");
        group.MapPost("/validate", ValidateAsync).Accepts<object>("application/json")
            .WithSummary("Every finding of the validator on the posted definition; nothing is saved (workflow administrators).");
        group.MapPost("/", ImportAsync).Accepts<object>("application/json")
            .WithSummary("Saves the posted definition as the draft of its key (workflow administrators).");
        group.MapPost("/{key}/{version:int}/publish", PublishAsync).WithSummary("Publishes a draft after validating it (workflow administrators).");
        group.MapPost("/{key}/{version:int}/retire", RetireAsync).WithSummary("Retires a version: it starts no new case (workflow administrators).");
        return group;
    }

    private static async Task<Results<Ok<PageResult<DefinitionSummary>>, ProblemHttpResult>> ListAsync(
        DefinitionService definitions, CurrentPerson current, ClaimsPrincipal user, string? key, DefinitionStatus? status, int? pageSize, string? after, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await definitions.ListAsync(current.Resolve(user), key, status, new PageRequest(pageSize, after), cancellationToken));

    private static async Task<Results<Ok<DefinitionDetail>, ProblemHttpResult>> GetAsync(
        DefinitionService definitions, CurrentPerson current, ClaimsPrincipal user, string key, int version, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await definitions.GetAsync(current.Resolve(user), key, version, cancellationToken));

    private static async Task<Results<Ok<DefinitionCheck>, ProblemHttpResult>> ValidateAsync(
        DefinitionService definitions, CurrentPerson current, ClaimsPrincipal user, HttpRequest request) =>
        ApiProblems.Ok(definitions.Validate(current.Resolve(user), await BodyAsync(request)));

    private static async Task<Results<Created<DefinitionSummary>, ProblemHttpResult>> ImportAsync(
        DefinitionService definitions, CurrentPerson current, ClaimsPrincipal user, HttpRequest request, CancellationToken cancellationToken)
    {
        var result = await definitions.ImportAsync(current.Resolve(user), await BodyAsync(request), cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/definitions/{Uri.EscapeDataString(result.Value.Key)}/{result.Value.Version}", result.Value)
            : ApiProblems.Of(result.Refusal);
    }

    private static async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> PublishAsync(
        DefinitionService definitions, CurrentPerson current, ClaimsPrincipal user, string key, int version, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await definitions.PublishAsync(current.Resolve(user), key, version, cancellationToken));

    private static async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> RetireAsync(
        DefinitionService definitions, CurrentPerson current, ClaimsPrincipal user, string key, int version, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await definitions.RetireAsync(current.Resolve(user), key, version, cancellationToken));

    /// <summary>The body as text: the validator reads it with its own limits and names the line of any JSON error.</summary>
    private static async Task<string> BodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }
}
