using System.Security.Claims;
using DienHong.Engine.Storage;
using DienHong.Web.Application;
using DienHong.Web.Application.Instances;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/instances</c>: cases (hồ sơ). Start one in an agency of yours, list and read those you see, cancel
/// (the head or a workflow administrator of the agency) and retry (a workflow administrator), read and verify its journal.
/// </summary>
public static class InstanceEndpoints
{
    public static RouteGroupBuilder MapInstances(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instances").WithTags("Instances");
        group.MapPost("/", StartAsync).WithSummary("Starts a case of a published workflow in one of your agencies, as you.");
        group.MapGet("/", ListAsync).WithSummary("The cases you see, newest first (filters: workflow, status, agency, overdue, mine, correlation; paged).");
        group.MapGet("/{id}", GetAsync).WithSummary("A case with its variables, open tasks and incidents.");
        group.MapPost("/{id}/cancel", CancelAsync).WithSummary("Cancels a case with a reason (the head or a workflow administrator of its agency).");
        group.MapPost("/{id}/retry", RetryAsync).WithSummary("Runs again what an incident stopped (a workflow administrator of the case's agency).");
        group.MapGet("/{id}/journal", JournalAsync).WithSummary("The case's journal in order, as people read it (paged by sequence number).");
        group.MapGet("/{id}/journal/verify", VerifyAsync).WithSummary("Verifies the case's journal: the hash chain, no entry missing, the head the case records.");
        return group;
    }

    private static async Task<Results<Created<InstanceDetail>, ProblemHttpResult>> StartAsync(
        InstanceService instances, CurrentPerson current, ClaimsPrincipal user, StartInstance request, CancellationToken cancellationToken)
    {
        var result = await instances.StartAsync(current.Resolve(user), request, cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v1/instances/{result.Value.Id}", result.Value) : ApiProblems.Of(result.Refusal);
    }

    private static async Task<Results<Ok<PageResult<InstanceSummary>>, ProblemHttpResult>> ListAsync(
        InstanceService instances, CurrentPerson current, ClaimsPrincipal user,
        string? workflow, InstanceStatus? status, string? agency, bool? overdue, bool? mine, string? correlation, int? pageSize, string? after, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await instances.ListAsync(current.Resolve(user), new InstanceFilter(workflow, status, agency, overdue, correlation, mine), new PageRequest(pageSize, after), cancellationToken));

    private static async Task<Results<Ok<InstanceDetail>, ProblemHttpResult>> GetAsync(
        InstanceService instances, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await instances.GetAsync(current.Resolve(user), id, cancellationToken));

    private static async Task<Results<Ok<InstanceDetail>, ProblemHttpResult>> CancelAsync(
        InstanceService instances, CurrentPerson current, ClaimsPrincipal user, string id, CancelRequest? request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await instances.CancelAsync(current.Resolve(user), id, request?.Reason, cancellationToken));

    private static async Task<Results<Ok<InstanceDetail>, ProblemHttpResult>> RetryAsync(
        InstanceService instances, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await instances.RetryAsync(current.Resolve(user), id, cancellationToken));

    private static async Task<Results<Ok<PageResult<JournalItem>>, ProblemHttpResult>> JournalAsync(
        JournalService journal, CurrentPerson current, ClaimsPrincipal user, string id, int? pageSize, string? after, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await journal.ReadAsync(current.Resolve(user), id, new PageRequest(pageSize, after), cancellationToken));

    private static async Task<Results<Ok<JournalCheck>, ProblemHttpResult>> VerifyAsync(
        JournalService journal, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await journal.VerifyAsync(current.Resolve(user), id, cancellationToken));
}
