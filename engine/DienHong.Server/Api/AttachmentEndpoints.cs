using System.Security.Claims;
using DienHong.Web.Application;
using DienHong.Web.Application.Attachments;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// <c>/api/v1/attachments</c>: documents (tệp đính kèm). Upload one (multipart, field <c>file</c>), then name its id
/// in a task's completion; read one you uploaded or one attached to a case you see; list a case's documents.
/// </summary>
public static class AttachmentEndpoints
{
    // The multipart envelope around the file: boundaries and part headers.
    private const long Envelope = 64 * 1024;

    public static RouteGroupBuilder MapAttachments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/attachments").WithTags("Attachments");
        group.MapPost("/", UploadAsync).DisableAntiforgery()
            .WithSummary("Uploads a document (multipart field 'file': PDF, image or office document, up to the configured size); 201 with its id.");
        group.MapGet("/{id}", DownloadAsync).WithSummary("Downloads a document: its uploader, or whoever sees a case it is attached to.");
        api.MapGet("/instances/{id}/attachments", ForCaseAsync).WithTags("Attachments").WithSummary("The documents attached to a case, in the order they came.");
        return group;
    }

    private static async Task<Results<Created<AttachmentInfo>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, AttachmentService attachments, CurrentPerson current, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var access = current.Resolve(user);
        if (CaseAccess.Acts(access) is { } refused)
        {
            return ApiProblems.Of(refused);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = attachments.MaxBytes + Envelope;
        }

        IFormFile? file;
        try
        {
            var files = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files : null;
            file = files?.GetFile("file") ?? (files is { Count: > 0 } ? files[0] : null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.TooLarge, string.Empty, attachments.MaxBytes / (1024 * 1024)));
        }
        catch (InvalidDataException)
        {
            return ApiProblems.Of(new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.Missing));
        }

        if (file is null)
        {
            return ApiProblems.Of(new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.Missing));
        }

        await using var content = file.OpenReadStream();
        var result = await attachments.UploadAsync(access, file.FileName, content, cancellationToken: cancellationToken);
        return result.Succeeded ? TypedResults.Created(result.Value.Url, result.Value)
            : result.Refusal.Code.Value == AttachmentRefusals.TooLarge.Value ? TooLarge(result.Refusal)
            : ApiProblems.Of(result.Refusal);
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> DownloadAsync(
        HttpContext context, AttachmentService attachments, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken)
    {
        var result = await attachments.OpenAsync(current.Resolve(user), id, cancellationToken);
        if (!result.Succeeded)
        {
            return ApiProblems.Of(result.Refusal);
        }

        // Always a download, of the type its kind has: an uploaded page never runs in the server's origin.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var file = result.Value;
        return TypedResults.PhysicalFile(file.FilePath, file.Info.ContentType, file.Info.Name, enableRangeProcessing: true);
    }

    private static async Task<Results<Ok<IReadOnlyList<AttachmentInfo>>, ProblemHttpResult>> ForCaseAsync(
        AttachmentService attachments, CurrentPerson current, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        ApiProblems.Ok(await attachments.ForCaseAsync(current.Resolve(user), id, cancellationToken));

    private static ProblemHttpResult TooLarge(ServiceRefusal refusal)
    {
        var problem = ApiProblems.Of(refusal);
        problem.ProblemDetails.Status = StatusCodes.Status413PayloadTooLarge;
        return problem;
    }
}
