using System.Security.Claims;
using DienHong.Web.Application;
using DienHong.Web.Application.Voices;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/consultations</c> and <c>/api/v1/votes</c>: consultations (lấy ý kiến) and ballots (biểu quyết) of the
/// agencies you see. Give an opinion (anonymously where the consultation allows it), cast a ballot, read the summary
/// and the published response, or the result, once closed. Always as you. A consultation's response is the
/// respondent's task, decided with <c>POST /tasks/{id}/complete</c> (outcome <c>Responded</c>), so it has no endpoint here.
/// </summary>
public static class VoiceEndpoints
{
    public static RouteGroupBuilder MapVoices(this RouteGroupBuilder api)
    {
        var consultations = api.MapGroup("/consultations").WithTags("Consultations");
        consultations.MapGet("/", ConsultationsAsync).WithSummary("Consultations of the agencies you see, newest first: state Open (running) or Closed; agency filter; paged.");
        consultations.MapGet("/{id}", ConsultationAsync).WithSummary("One consultation: what is asked, until when, whether anonymous opinions are allowed.");
        consultations.MapPost("/{id}/opinions", OpineAsync).WithSummary("Gives your opinion {text, anonymous}; a later one replaces yours (never across named and anonymous).");
        consultations.MapGet("/{id}/summary", SummaryAsync).WithSummary("The compiled opinions and the published response, once the window has closed.");

        var votes = api.MapGroup("/votes").WithTags("Votes");
        votes.MapGet("/", VotesAsync).WithSummary("Ballots of the agencies you see, newest first: state Open or Closed; agency filter; paged.");
        votes.MapGet("/{id}", VoteAsync).WithSummary("One ballot: its questions, members, quorum, whether it is secret and whether you may vote.");
        votes.MapPost("/{id}/ballots", CastAsync).WithSummary("Casts your ballot: {choice} (yes, no, abstain), or {choices: {<question>: choice}} for a ballot with questions. Once.");
        votes.MapGet("/{id}/result", ResultAsync).WithSummary("The result of a closed ballot: outcome, quorum, counts (per question).");
        return api;
    }

    private static async Task<Results<Ok<PageResult<ConsultationItem>>, ProblemHttpResult>> ConsultationsAsync(
        ConsultationService service, CurrentPerson current, ClaimsPrincipal user, string? agency, VoiceFilter? state, int? pageSize, string? after, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await service.ListAsync(current.Resolve(user), agency, state, new PageRequest(pageSize, after), cancellationToken));

    private static async Task<Results<Ok<ConsultationItem>, ProblemHttpResult>> ConsultationAsync(
        ConsultationService service, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await service.GetAsync(current.Resolve(user), id, cancellationToken));

    private static async Task<Results<Ok<ConsultationItem>, ProblemHttpResult>> OpineAsync(
        ConsultationService service, CurrentPerson current, ClaimsPrincipal user, string id, SubmitOpinion request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await service.SubmitAsync(current.Resolve(user), id, request, cancellationToken));

    private static async Task<Results<Ok<ConsultationSummary>, ProblemHttpResult>> SummaryAsync(
        ConsultationService service, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await service.SummaryAsync(current.Resolve(user), id, cancellationToken));

    private static async Task<Results<Ok<PageResult<VoteItem>>, ProblemHttpResult>> VotesAsync(
        VoteService service, CurrentPerson current, ClaimsPrincipal user, string? agency, VoiceFilter? state, int? pageSize, string? after, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await service.ListAsync(current.Resolve(user), agency, state, new PageRequest(pageSize, after), cancellationToken));

    private static async Task<Results<Ok<VoteItem>, ProblemHttpResult>> VoteAsync(
        VoteService service, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await service.GetAsync(current.Resolve(user), id, cancellationToken));

    private static async Task<Results<Ok<VoteItem>, ProblemHttpResult>> CastAsync(
        VoteService service, CurrentPerson current, ClaimsPrincipal user, string id, CastBallot request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await service.CastAsync(current.Resolve(user), id, request, cancellationToken));

    private static async Task<Results<Ok<VoteResult>, ProblemHttpResult>> ResultAsync(
        VoteService service, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await service.ResultAsync(current.Resolve(user), id, cancellationToken));
}
