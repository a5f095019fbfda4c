using System.Text.Json;
using DienHong.Server.Configuration;
using DienHong.Server.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DienHong.Server.Operations;

/// <summary>
/// Turns an exception into an RFC 7807 problem (xử lý lỗi): what a client sent wrong (bad JSON, a wrong type, a body
/// too large) is a 4xx saying what; anything else is a 500 with the trace id and no stack, logged in full.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, ServerSettings.F(ServerText.ProblemBadJson, json.Message)),
            BadHttpRequestException bad => (bad.StatusCode, ServerText.ProblemBadRequest),
            JsonException json => (StatusCodes.Status400BadRequest, ServerSettings.F(ServerText.ProblemBadJson, json.Message)),
            _ => (StatusCodes.Status500InternalServerError, ServerText.ProblemUnexpected),
        };
        // A client's mistake is in the request log already; only an unexpected error is logged with its stack.
        if (status >= 500)
        {
            logger.LogError(exception, "Unexpected error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path.Value);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
