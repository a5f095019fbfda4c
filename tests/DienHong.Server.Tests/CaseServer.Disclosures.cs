using System.Net;

namespace DienHong.Server.Tests;

/// <summary>A disclosure of the office posted on the board, made the first time a test asks for it.</summary>
public sealed partial class CaseServer
{
    /// <summary>The proof of posting: a link to the photo on the agency's site (an attachment must be uploaded first).</summary>
    public static readonly string[] PostingProof = ["https://chauthanh.gov.vn/cong-khai/niem-yet-bang-tin.jpg"];

    private Task<string>? disclosure;

    /// <summary>
    /// The id of an open posting of the office (a salary step for E0106 decided and posted by HR) with one named
    /// objection of staff (E0110), whose reply task waits for the union chair (E0102).
    /// </summary>
    public Task<string> DisclosureAsync() => disclosure ??= PostAsync();

    /// <summary>Starts a salary step for <paramref name="employee"/>, has HR submit it and the head approve it, and HR post the decision: the open posting's id.</summary>
    public async Task<string> PostedDisclosureAsync(string employee)
    {
        var hr = Client("e0104");
        var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase(employee)).JsonAsync(HttpStatusCode.Created);
        var submitted = await hr.PostJsonAsync($"/api/v1/tasks/{started.GetProperty("openTasks")[0].String("id")}/complete", new { outcome = "Submitted" }).JsonAsync();
        var approved = await Client("e0101").PostJsonAsync($"/api/v1/tasks/{submitted.GetProperty("openTasks")[0].String("id")}/complete", new { outcome = "Approve" }).JsonAsync();
        var post = approved.GetProperty("openTasks")[0].String("id");
        await hr.PostJsonAsync($"/api/v1/tasks/{post}/complete", new { outcome = "Posted", attachments = PostingProof }).JsonAsync();
        var board = await Client("e0110").GetAsync("/api/v1/disclosures?agency=van-phong&pageSize=100").JsonAsync();
        return board.GetProperty("items").EnumerateArray().Single(d => d.String("instanceId") == started.String("id")).String("id");
    }

    private async Task<string> PostAsync()
    {
        var id = await PostedDisclosureAsync("E0106");
        await Client("e0110").PostJsonAsync($"/api/v1/disclosures/{id}/objections", new { text = "Chưa đủ 36 tháng giữ bậc" }).JsonAsync();
        return id;
    }
}
