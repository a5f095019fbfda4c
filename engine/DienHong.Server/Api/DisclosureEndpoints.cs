using System.Security.Claims;
using DienHong.Web.Application;
using DienHong.Web.Application.Disclosures;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/disclosures</c>: the disclosures board (bảng công khai). What is posted for your agencies now (or what
/// has closed, with its proof of posting), one posting with the objections you may see, an objection (named or
/// anonymous) while it is posted, and the answerer's reply to one objection. Always as you: a name in the body is never
/// the actor; another agency's posting is 404.
/// </summary>
public static class DisclosureEndpoints
{
    public static RouteGroupBuilder MapDisclosures(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/disclosures").WithTags("Disclosures");
        group.MapGet("/", ListAsync).WithSummary("Postings of your agencies, newest first: state open (default: posted now, with the working days left) or closed (with the proof of posting); agency filter; paged.");
        group.MapGet("/{id}", GetAsync).WithSummary("One posting with the objections you may see (all of them if you answer them, else your own named ones).");
        group.MapPost("/{id}/objections", ObjectAsync).WithSummary("Objects to a posting while it is posted, as you, a member of its agency: text, and anonymous (then nothing links it to you).");
        group.MapPost("/{id}/objections/{number}/reply", ReplyAsync).WithSummary("Answers objection <number> (the union chair of the agency, or whom the definition names): outcome Upheld or Dismissed, and text.");
        return group;
    }

    private static async Task<Results<Ok<PageResult<DisclosureItem>>, ProblemHttpResult>> ListAsync(
        DisclosureService disclosures, CurrentPerson current, ClaimsPrincipal user, DisclosureStateParameter? state, string? agency, int? pageSize, string? after, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await disclosures.ListAsync(current.Resolve(user), state?.Value ?? DisclosureListState.Open, agency, new PageRequest(pageSize, after), cancellationToken));

    private static async Task<Results<Ok<DisclosureDetail>, ProblemHttpResult>> GetAsync(
        DisclosureService disclosures, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await disclosures.GetAsync(current.Resolve(user), id, cancellationToken));

    private static async Task<Results<Ok<DisclosureDetail>, ProblemHttpResult>> ObjectAsync(
        DisclosureService disclosures, CurrentPerson current, ClaimsPrincipal user, string id, PostObjection request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await disclosures.ObjectAsync(current.Resolve(user), id, request, cancellationToken));

    private static async Task<Results<Ok<DisclosureDetail>, ProblemHttpResult>> ReplyAsync(
        DisclosureService disclosures, CurrentPerson current, ClaimsPrincipal user, string id, int number, ReplyObjection request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await disclosures.ReplyAsync(current.Resolve(user), id, number, request, cancellationToken));
}
