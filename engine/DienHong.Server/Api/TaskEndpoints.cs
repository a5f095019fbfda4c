using System.Security.Claims;
using DienHong.Web.Application;
using DienHong.Web.Application.Tasks;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/tasks</c>: your tasks (nhiệm vụ của tôi). The inbox, by due date; claim a group's task, complete one
/// with an outcome, delegate it to a colleague, reassign it (the head or a workflow administrator). Always as you:
/// a name in the body is never the actor.
/// </summary>
public static class TaskEndpoints
{
    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks");
        group.MapGet("/", InboxAsync).WithSummary("Your open tasks by due date: scope All (default), Mine (by name) or Groups (your roles'); agency filter; paged.");
        group.MapPost("/{id}/claim", ClaimAsync).WithSummary("Takes a task of one of your groups: it becomes yours alone.");
        group.MapPost("/{id}/complete", CompleteAsync).WithSummary("Decides a task with one of its outcomes, a comment, data and attachments.");
        group.MapPost("/{id}/delegate", DelegateAsync).WithSummary("Hands your task to another person of the organisation, with a reason.");
        group.MapPost("/{id}/reassign", ReassignAsync).WithSummary("Gives a task to role:<role> or user:<id> (the head or a workflow administrator of the agency).");
        return group;
    }

    private static async Task<Results<Ok<PageResult<TaskItem>>, ProblemHttpResult>> InboxAsync(
        TaskService tasks, CurrentPerson current, ClaimsPrincipal user, InboxScope? scope, string? agency, int? pageSize, string? after, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await tasks.InboxAsync(current.Resolve(user), scope ?? InboxScope.All, agency, new PageRequest(pageSize, after), cancellationToken));

    private static async Task<Results<Ok<TaskResult>, ProblemHttpResult>> ClaimAsync(
        TaskService tasks, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await tasks.ClaimAsync(current.Resolve(user), id, cancellationToken));

    private static async Task<Results<Ok<TaskResult>, ProblemHttpResult>> CompleteAsync(
        TaskService tasks, CurrentPerson current, ClaimsPrincipal user, string id, CompleteTask request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await tasks.CompleteAsync(current.Resolve(user), id, request, cancellationToken));

    private static async Task<Results<Ok<TaskResult>, ProblemHttpResult>> DelegateAsync(
        TaskService tasks, CurrentPerson current, ClaimsPrincipal user, string id, HandOverTask request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await tasks.DelegateAsync(current.Resolve(user), id, request, cancellationToken));

    private static async Task<Results<Ok<TaskResult>, ProblemHttpResult>> ReassignAsync(
        TaskService tasks, CurrentPerson current, ClaimsPrincipal user, string id, HandOverTask request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await tasks.ReassignAsync(current.Resolve(user), id, request, cancellationToken));
}
