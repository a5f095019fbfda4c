using System.Security.Claims;
using DienHong.Server.Accounts;
using DienHong.Server.Resources;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace DienHong.Server.Api;

/// <summary>
/// The REST API (<c>/api/v1</c>). Every endpoint but the token one needs a signed-in account, by cookie or bearer
/// token; the acting person is always the account's, never a name from the request.
/// </summary>
public static class ApiEndpoints
{
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("DienHong");
        api.MapPost("/auth/token", TokenAsync).AllowAnonymous().DisableAntiforgery()
            .WithSummary("A bearer token for a user name and password (scripts).");
        api.MapGet("/me", Me).RequireAuthorization()
            .WithSummary("Who am I: the person, their agencies and roles, the application roles.");
        var cases = api.MapGroup(string.Empty).RequireAuthorization();
        cases.MapDefinitions();
        cases.MapInstances();
        cases.MapTasks();
        cases.MapVoices();
        cases.MapReports();
        cases.MapLaunch();
        cases.MapOrganisation();
        cases.MapCalendar();
        cases.MapAttachments();
        cases.MapDisclosures();
        cases.MapDesignerVersions();
        cases.MapDesignerDryRun();
        return api;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> TokenAsync(TokenRequest request, SignInManager<ServerUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem(ServerText.ProblemMissingCredentials, statusCode: StatusCodes.Status400BadRequest);
        }

        var user = await signIn.UserManager.FindByNameAsync(request.UserName.Trim());
        if (user is null)
        {
            return TypedResults.Problem(ServerText.ProblemSignInFailed, statusCode: StatusCodes.Status401Unauthorized);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return TypedResults.Problem(ServerText.ProblemLockedOut, statusCode: StatusCodes.Status423Locked);
        }

        if (!check.Succeeded)
        {
            return TypedResults.Problem(ServerText.ProblemSignInFailed, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (user.MustChangePassword)
        {
            return TypedResults.Problem(ServerText.ProblemMustChangePassword, statusCode: StatusCodes.Status403Forbidden);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static MeResponse Me(ClaimsPrincipal user, CurrentPerson current)
    {
        var access = current.Resolve(user);
        return new MeResponse(
            access.UserName ?? string.Empty,
            access.Person is { } p ? new MePerson(p.Id, p.FullName, p.AgencyId) : null,
            access.Agencies.Select(a => new MeAgency(a.Agency.Id, a.Agency.Name, a.Roles, a.Acting.Select(r => new MeActingRole(r.Role, r.ForPersonId)).ToList())).ToList(),
            DienHongClaims.AppRoles.Where(user.IsInRole).ToList());
    }
}
