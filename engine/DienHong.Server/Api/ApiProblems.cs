using DienHong.Web.Application;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DienHong.Server.Api;

/// <summary>
/// A service's refusal as an RFC 7807 problem (mô tả lỗi): <c>type</c> is the stable URI of its code
/// (<c>https://dienhong.vn/problems/&lt;code&gt;</c>, listed in docs/api.md), <c>code</c> the code itself,
/// <c>title</c> and <c>detail</c> in the request's language, and <c>errors</c> the findings behind it, if any.
/// </summary>
public static class ApiProblems
{
    public const string TypeBase = "https://dienhong.vn/problems/";

    public static ProblemHttpResult Of(ServiceRefusal refusal)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = refusal.Code.Value };
        if (refusal.Details is { } details)
        {
            extensions["errors"] = details;
        }

        return TypedResults.Problem(refusal.Message(), null, Status(refusal.Kind), refusal.Title(), TypeBase + refusal.Code.Value, extensions);
    }

    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(ServiceResult<T> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value) : Of(result.Refusal);

    public static int Status(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };
}
