using System.Security.Claims;
using DienHong.Web.Application;
using DienHong.Web.Application.Organisation;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/organisation</c>: the organisation (tổ chức) as the signed-in person sees it: their agencies, the people
/// of those agencies by name (paged), an agency's roles and its substitutions; the head or HR of an agency records a
/// substitution there or ends one early. The rest of the organisation is the server's file, changed by editing it.
/// </summary>
public static class OrganisationEndpoints
{
    public static RouteGroupBuilder MapOrganisation(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisation").WithTags("Organisation");
        group.MapGet("/agencies", Agencies).WithSummary("Your agencies, with your roles there and those you act in today.");
        group.MapGet("/people", People).WithSummary("People of your agencies (or of one, agency=) whose name or id holds q, ignoring case and diacritics; paged.");
        group.MapGet("/roles", Roles).WithSummary("The roles of one of your agencies with their holders and who acts in them today.");
        group.MapGet("/substitutions", Substitutions).WithSummary("The substitutions of people of one of your agencies that have not ended (a recorded one with its id).");
        group.MapPost("/substitutions", RecordAsync).WithSummary("Records that substituteId acts for personId in agency from one day to another (the head or HR of the agency).");
        group.MapDelete("/substitutions/{id}", EndAsync).WithSummary("Ends a recorded substitution early: its last day becomes yesterday (one not begun is removed).");
        return group;
    }

    private static Results<Ok<AgencyItem[]>, ProblemHttpResult> Agencies(OrganisationService organisation, CurrentPerson current, ClaimsPrincipal user) =>
        ApiProblems.Ok(organisation.Agencies(current.Resolve(user)));

    private static Results<Ok<PageResult<PersonItem>>, ProblemHttpResult> People(
        OrganisationService organisation, CurrentPerson current, ClaimsPrincipal user, string? agency, string? q, int? pageSize, string? after) =>
        ApiProblems.Ok(organisation.People(current.Resolve(user), agency, q, new PageRequest(pageSize, after)));

    private static Results<Ok<RoleItem[]>, ProblemHttpResult> Roles(OrganisationService organisation, CurrentPerson current, ClaimsPrincipal user, string? agency) =>
        ApiProblems.Ok(organisation.Roles(current.Resolve(user), agency));

    private static Results<Ok<SubstitutionItem[]>, ProblemHttpResult> Substitutions(SubstitutionService substitutions, CurrentPerson current, ClaimsPrincipal user, string? agency) =>
        ApiProblems.Ok(substitutions.List(current.Resolve(user), agency));

    private static async Task<Results<Ok<SubstitutionItem>, ProblemHttpResult>> RecordAsync(
        SubstitutionService substitutions, CurrentPerson current, ClaimsPrincipal user, RecordSubstitution request, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await substitutions.RecordAsync(current.Resolve(user), request, cancellationToken));

    private static async Task<Results<Ok<SubstitutionItem>, ProblemHttpResult>> EndAsync(
        SubstitutionService substitutions, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await substitutions.EndAsync(current.Resolve(user), id, cancellationToken));
}
