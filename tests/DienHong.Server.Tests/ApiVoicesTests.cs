using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// Consultations and ballots through the API: opinions (named and anonymous) until the window closes, the summary and
/// the published response after; ballots once per member, the result when the ballot closes; and anonymity: the
/// database file alone cannot tie an anonymous opinion to its author, the key file can.
/// </summary>
public sealed class ApiVoicesTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task An_anonymous_opinion_cannot_be_linked_to_its_author_from_the_database_file_but_can_with_the_key_file()
    {
        var voices = await VoiceCase.StartAsync(cases.Client("e0104"));
        // E0108 is staff of the office, in no electorate of the case: their id is nowhere in it but for what they send.
        var staff = cases.Client("e0108");
        const string Text = "Đề nghị nâng định mức công tác phí cho lái xe";
        var sent = await staff.PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = Text, anonymous = true }).JsonAsync();
        sent.String("state").ShouldBe("Open");

        var rows = VoiceDatabase.Rows(cases.Server.DataFolder);
        var holding = rows.Where(r => r.Contains(Text, StringComparison.Ordinal)).ToList();
        holding.ShouldNotBeEmpty();
        // Neither the person's id nor an unkeyed hash of it sits next to the opinion, nor anywhere else the opinion is.
        var unkeyed = Unkeyed("E0108");
        foreach (var row in holding)
        {
            row.ShouldNotContain("E0108");
            row.ShouldNotContain("e0108", Case.Insensitive);
            unkeyed.ShouldAllBe(hash => !row.Contains(hash, StringComparison.OrdinalIgnoreCase));
        }

        rows.ShouldAllBe(row => unkeyed.All(hash => !row.Contains(hash, StringComparison.OrdinalIgnoreCase)));

        // With the key file (outside the database), the stored voice is the keyed hash of the author's id, and only of theirs.
        var window = (await cases.Server.Services.GetRequiredService<IWorkflowStore>().LoadAsync(voices.InstanceId))!
            .Bookmarks.Single(b => b.NodeId == "consult-anonymous");
        using var keys = new FileKeyring(Path.Combine(cases.Server.DataFolder, FileKeyring.DefaultFileName));
        var windowId = ConsultationVoices.Window(voices.InstanceId, window.NodeInstanceId);
        var voice = ConsultationVoices.Voice(keys, windowId, "E0108");
        holding.ShouldContain(row => row.Contains(voice, StringComparison.Ordinal));
        rows.ShouldNotContain(row => row.Contains(ConsultationVoices.Voice(keys, windowId, "E0104"), StringComparison.Ordinal));
        using var otherKeys = new FileKeyring(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".keys"));
        otherKeys.EnsureCreated();
        rows.ShouldNotContain(row => row.Contains(ConsultationVoices.Voice(otherKeys, windowId, "E0108"), StringComparison.Ordinal));
        File.Delete(otherKeys.Location);
    }

    [Fact]
    public async Task Opinions_are_received_until_the_window_closes_then_the_summary_and_the_published_response_are_read()
    {
        var voices = await VoiceCase.StartAsync(cases.Client("e0104"));
        var staff = cases.Client("e0110");
        var hr = cases.Client("e0104");
        var head = cases.Client("e0101");
        var consultation = await staff.GetAsync($"/api/v1/consultations/{voices.Anonymous}").JsonAsync();
        (consultation.String("content"), consultation.GetProperty("anonymousAllowed").GetBoolean(), consultation.GetProperty("canTakePart").GetBoolean())
            .ShouldBe(("Dự thảo quy chế chi tiêu nội bộ", true, true));
        consultation.GetProperty("nodeName").String("vi").ShouldBe("Lấy ý kiến quy chế chi tiêu");

        await staff.PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Ý kiến đầu", anonymous = false }).JsonAsync();
        await staff.PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Ý kiến sửa lại" }).JsonAsync();
        await staff.PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Ẩn danh", anonymous = true })
            .ProblemAsync(HttpStatusCode.Conflict, "consultation.replace-named");
        await hr.PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Góp ý không tên", anonymous = true }).JsonAsync();
        await hr.PostJsonAsync($"/api/v1/consultations/{voices.Named}/opinions", new { text = "Không tên", anonymous = true })
            .ProblemAsync(HttpStatusCode.BadRequest, "consultation.no-anonymous");
        await hr.PostJsonAsync($"/api/v1/consultations/{voices.Named}/opinions", new { text = "" }).ProblemAsync(HttpStatusCode.BadRequest, "submission.no-text");
        await cases.Client("e0204").PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Từ phòng khác" })
            .ProblemAsync(HttpStatusCode.NotFound, "consultation.not-found");
        await head.GetAsync($"/api/v1/consultations/{voices.Anonymous}/summary").ProblemAsync(HttpStatusCode.Conflict, "consultation.open");

        await VoiceDatabase.CloseWindowAsync(cases.Server, voices.InstanceId, "consult-anonymous");
        (await staff.GetAsync($"/api/v1/consultations/{voices.Anonymous}").JsonAsync()).String("state").ShouldBe("Responding");
        await staff.PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Muộn" }).ProblemAsync(HttpStatusCode.Conflict, "consultation.ended");
        var summary = await staff.GetAsync($"/api/v1/consultations/{voices.Anonymous}/summary").JsonAsync();
        (summary.GetProperty("submissions").GetInt32(), summary.GetProperty("anonymous").GetInt32(), summary.GetProperty("named").GetInt32()).ShouldBe((2, 1, 1));
        var opinions = summary.GetProperty("opinions").EnumerateArray().ToList();
        opinions.Single(o => o.String("text") == "Ý kiến sửa lại").String("by").ShouldBe("E0110");
        opinions.Single(o => o.String("text") == "Góp ý không tên").GetProperty("by").ValueKind.ShouldBe(JsonValueKind.Null);
        summary.GetProperty("response").ValueKind.ShouldBe(JsonValueKind.Null);

        // The response is the head's task in the inbox, decided with the response as its comment.
        var task = (await head.GetAsync("/api/v1/tasks?pageSize=100").JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(t => t.String("instanceId") == voices.InstanceId && t.String("nodeId") == "consult-anonymous").String("id");
        await head.PostJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Responded", comment = "Tiếp thu: nâng định mức từ quý sau." }).JsonAsync();
        var closed = await staff.GetAsync($"/api/v1/consultations/{voices.Anonymous}/summary").JsonAsync();
        closed.String("state").ShouldBe("Closed");
        (closed.GetProperty("response").String("text"), closed.GetProperty("response").String("by")).ShouldBe(("Tiếp thu: nâng định mức từ quý sau.", "E0101"));
        Ids(await staff.GetAsync("/api/v1/consultations?state=Closed&pageSize=100").JsonAsync()).ShouldContain(voices.Anonymous);
        Ids(await staff.GetAsync("/api/v1/consultations?state=Open&pageSize=100").JsonAsync()).ShouldNotContain(voices.Anonymous);
        Ids(await cases.Client("e0204").GetAsync("/api/v1/consultations?pageSize=100").JsonAsync()).ShouldNotContain(voices.Anonymous);
    }

    [Fact]
    public async Task Each_member_votes_once_per_question_and_the_result_is_given_when_the_ballot_closes()
    {
        var voices = await VoiceCase.StartAsync(cases.Client("e0104"));
        var staff = cases.Client("e0110");
        var ballot = await staff.GetAsync($"/api/v1/votes/{voices.Ballot}").JsonAsync();
        (ballot.GetProperty("members").GetInt32(), ballot.GetProperty("secret").GetBoolean(), ballot.GetProperty("canVote").GetBoolean()).ShouldBe((3, true, true));
        ballot.GetProperty("questions").EnumerateArray().Select(q => q.String("id")).ShouldBe(["E0105", "E0106"]);
        (await cases.Client("e0102").GetAsync($"/api/v1/votes/{voices.Ballot}").JsonAsync()).GetProperty("canVote").GetBoolean().ShouldBeFalse();

        await cases.Client("e0102").PostJsonAsync($"/api/v1/votes/{voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "yes"), ("E0106", "yes")) })
            .ProblemAsync(HttpStatusCode.Forbidden, "vote.not-member");
        await staff.PostJsonAsync($"/api/v1/votes/{voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "yes")) }).ProblemAsync(HttpStatusCode.BadRequest, "vote.question-missing");
        await staff.PostJsonAsync($"/api/v1/votes/{voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "yes"), ("E0106", "no")) }).JsonAsync();
        await staff.PostJsonAsync($"/api/v1/votes/{voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "no"), ("E0106", "no")) })
            .ProblemAsync(HttpStatusCode.Conflict, "vote.already-voted");
        await staff.GetAsync($"/api/v1/votes/{voices.Ballot}/result").ProblemAsync(HttpStatusCode.Conflict, "vote.open");
        await cases.Client("e0204").GetAsync($"/api/v1/votes/{voices.Ballot}/result").ProblemAsync(HttpStatusCode.NotFound, "vote.not-found");

        await cases.Client("e0101").PostJsonAsync($"/api/v1/votes/{voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "yes"), ("E0106", "no")) }).JsonAsync();
        var last = await cases.Client("e0104").PostJsonAsync($"/api/v1/votes/{voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "yes"), ("E0106", "yes")) }).JsonAsync();
        (last.String("state"), last.GetProperty("canVote").GetBoolean()).ShouldBe(("Closed", false));

        var result = await staff.GetAsync($"/api/v1/votes/{voices.Ballot}/result").JsonAsync();
        (result.String("outcome"), result.GetProperty("cast").GetInt32(), result.GetProperty("members").GetInt32(), result.String("closedBy")).ShouldBe(("Passed", 3, 3, "complete"));
        var questions = result.GetProperty("questions").EnumerateArray().ToList();
        (questions[0].String("id"), questions[0].GetProperty("yes").GetInt32(), questions[0].GetProperty("passed").GetBoolean()).ShouldBe(("E0105", 3, true));
        (questions[1].String("id"), questions[1].GetProperty("yes").GetInt32(), questions[1].GetProperty("no").GetInt32(), questions[1].GetProperty("passed").GetBoolean())
            .ShouldBe(("E0106", 1, 2, false));
        questions[1].GetProperty("label").String("vi").ShouldBe("Trương Thị Ngọc Bích");
        await staff.PostJsonAsync($"/api/v1/votes/{voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "yes"), ("E0106", "yes")) }).ProblemAsync(HttpStatusCode.Conflict, "vote.closed");
        Ids(await staff.GetAsync("/api/v1/votes?state=Closed&agency=van-phong&pageSize=100").JsonAsync()).ShouldContain(voices.Ballot);
    }

    /// <summary>The hashes someone without the key could compute from a person's id and compare with the database.</summary>
    private static List<string> Unkeyed(string person)
    {
        var bytes = Encoding.UTF8.GetBytes(person);
        return [.. new[] { SHA256.HashData(bytes), SHA384.HashData(bytes), SHA512.HashData(bytes) }
            .SelectMany(h => new[] { Convert.ToBase64String(h), Convert.ToHexString(h) })];
    }

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.String("id"))];
}
