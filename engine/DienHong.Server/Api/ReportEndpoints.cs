using System.Security.Claims;
using DienHong.Web.Application.Reports;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/reports</c>: period reports (báo cáo) per agency, as JSON or an Excel workbook, for who may read the
/// agency's report (its head, union chair, HR, People's Inspection Board, workflow administrators).
/// </summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");
        group.MapGet("/", ReadAsync).WithSummary("The figures per agency for a period (agency, from, to as yyyy-MM-dd; default this month so far).");
        group.MapGet("/export.xlsx", ExportAsync).WithSummary("The same report as an Excel workbook, headers in the request's language.")
            .Produces(StatusCodes.Status200OK, contentType: ReportFile.Xlsx);
        return group;
    }

    private static async Task<Results<Ok<Report>, ProblemHttpResult>> ReadAsync(
        ReportService reports, CurrentPerson current, ClaimsPrincipal user, string? agency, string? from, string? to, CancellationToken cancellationToken)
    {
        var request = ReportRequest.Parse(agency, from, to);
        return request.Succeeded
            ? ApiProblems.Ok(await reports.ReadAsync(current.Resolve(user), request.Value, cancellationToken))
            : ApiProblems.Of(request.Refusal);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        ReportService reports, CurrentPerson current, ClaimsPrincipal user, string? agency, string? from, string? to, CancellationToken cancellationToken)
    {
        var request = ReportRequest.Parse(agency, from, to);
        if (!request.Succeeded)
        {
            return ApiProblems.Of(request.Refusal);
        }

        var file = await reports.ExportAsync(current.Resolve(user), request.Value, cancellationToken);
        return file.Succeeded ? TypedResults.File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : ApiProblems.Of(file.Refusal);
    }
}
