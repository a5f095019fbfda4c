using System.Net;
using System.Runtime.CompilerServices;

namespace DienHong.Server.Tests;

/// <summary>
/// An attachment of the matrix's server attached to a case of the office: HR starts a second salary case, uploads a
/// PDF and completes the case's first task with it. Made once per server, on first use, so the matrix's own cases stay
/// as they are.
/// </summary>
internal static class MatrixAttachment
{
    private static readonly ConditionalWeakTable<CaseServer, Task<string>> Made = [];

    public static Task<string> OfAsync(CaseServer cases) => Made.GetValue(cases, MakeAsync);

    private static async Task<string> MakeAsync(CaseServer cases)
    {
        var hr = cases.Client("e0104");
        var id = (await hr.UploadAsync("bien-ban.pdf", Api.Pdf).JsonAsync(HttpStatusCode.Created)).String("id");
        var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0107")).JsonAsync(HttpStatusCode.Created);
        await hr.PostJsonAsync($"/api/v1/tasks/{started.GetProperty("openTasks")[0].String("id")}/complete", new { outcome = "Submitted", attachments = new[] { id } }).JsonAsync();
        return id;
    }
}
