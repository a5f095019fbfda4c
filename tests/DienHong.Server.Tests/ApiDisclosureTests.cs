using System.Net;
using System.Text.Json;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The disclosures board through the API: a posting of the office with its days left and proof, a named objection
/// answered by the union chair through the reply task, an anonymous one that nothing links to its sender, and
/// another agency that sees none of it.
/// </summary>
public sealed class ApiDisclosureTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task The_office_sees_the_posting_with_its_proof_and_days_left_and_objects_while_it_is_posted()
    {
        var id = await cases.PostedDisclosureAsync("E0105");
        var staff = await cases.Server.BearerAsync("e0109");
        var board = await staff.GetAsync("/api/v1/disclosures").JsonAsync();
        var card = board.GetProperty("items").EnumerateArray().Single(d => d.String("id") == id);
        card.String("agency").ShouldBe("van-phong");
        card.String("document").ShouldStartWith("Quyết định nâng bậc lương thường xuyên: E0105");
        card.String("category").ShouldBe("DC-06");
        card.GetProperty("open").GetBoolean().ShouldBeTrue();
        card.GetProperty("workingDaysLeft").GetInt32().ShouldBeGreaterThanOrEqualTo(12);
        card.String("postedBy").ShouldBe("E0104");
        card.String("postedByName").ShouldBe("Đặng Thị Thu Hà");
        card.GetProperty("proof").EnumerateArray().Select(p => p.GetString()).ShouldBe(CaseServer.PostingProof);
        card.GetProperty("channels").EnumerateArray().Select(p => p.GetString()).ShouldBe(["intranet", "notice-board"]);
        card.GetProperty("title").String("vi").ShouldNotBeNullOrWhiteSpace();
        (await staff.GetAsync("/api/v1/disclosures?state=closed&pageSize=100").JsonAsync()).GetProperty("items").EnumerateArray().ShouldNotContain(d => d.String("id") == id);

        var objected = await staff.PostJsonAsync($"/api/v1/disclosures/{id}/objections", new { text = "  Sai ngày hưởng  ", actor = "E0101" }).JsonAsync();
        var mine = objected.GetProperty("objections").EnumerateArray().ShouldHaveSingleItem();
        (mine.GetProperty("number").GetInt32(), mine.String("text"), mine.String("objector"), mine.GetProperty("mine").GetBoolean()).ShouldBe((1, "Sai ngày hưởng", "E0109", true));
        objected.GetProperty("canObject").GetBoolean().ShouldBeTrue();
        objected.GetProperty("mayAnswer").GetBoolean().ShouldBeFalse();

        // Another member of the staff sees the posting, not the colleague's objection.
        var other = await cases.Client("e0110").GetAsync($"/api/v1/disclosures/{id}").JsonAsync();
        other.GetProperty("objections").GetArrayLength().ShouldBe(0);
        var journal = await cases.Client("e0110").GetAsync($"/api/v1/instances/{Instance(id)}/journal?pageSize=100").JsonAsync();
        journal.GetProperty("items").EnumerateArray().Single(e => e.String("event") == "ObjectionReceived").String("actor").ShouldBe("E0109");
    }

    [Fact]
    public async Task The_union_chair_sees_the_objection_and_answers_it_through_its_reply_task()
    {
        var id = await cases.DisclosureAsync();
        var chair = cases.Client("e0102");
        var seen = await chair.GetAsync($"/api/v1/disclosures/{id}").JsonAsync();
        seen.GetProperty("mayAnswer").GetBoolean().ShouldBeTrue();
        var objection = seen.GetProperty("objections").EnumerateArray().ShouldHaveSingleItem();
        (objection.String("objectorName"), objection.String("text")).ShouldBe(("Tô Văn Lợi", "Chưa đủ 36 tháng giữ bậc"));
        var task = objection.String("replyTaskId");
        (await chair.GetAsync("/api/v1/tasks").JsonAsync()).GetProperty("items").EnumerateArray().ShouldContain(t => t.String("id") == task);

        // Only who may act for the reply task answers: not the staff, not the head.
        await cases.Client("e0110").PostJsonAsync($"/api/v1/disclosures/{id}/objections/1/reply", new { outcome = "Dismissed", text = "Tự trả lời" }).ProblemAsync(HttpStatusCode.Forbidden, "task.not-assignee");
        await cases.Client("e0101").PostJsonAsync($"/api/v1/disclosures/{id}/objections/1/reply", new { outcome = "Dismissed", text = "Thủ trưởng" }).ProblemAsync(HttpStatusCode.Forbidden, "task.not-assignee");
        await chair.PostJsonAsync($"/api/v1/disclosures/{id}/objections/1/reply", new { outcome = "Dismissed", text = " " }).ProblemAsync(HttpStatusCode.BadRequest, "objection.reply-text");
        await chair.PostJsonAsync($"/api/v1/disclosures/{id}/objections/1/reply", new { outcome = "Approve", text = "x" }).ProblemAsync(HttpStatusCode.BadRequest, "task.outcome");
        await chair.PostJsonAsync($"/api/v1/disclosures/{id}/objections/7/reply", new { outcome = "Dismissed", text = "x" }).ProblemAsync(HttpStatusCode.NotFound, "disclosure.objection-not-found");

        var answered = await chair.PostJsonAsync($"/api/v1/disclosures/{id}/objections/1/reply", new { outcome = "Dismissed", text = "Đã đủ 36 tháng tính đến 01/01/2023" }).JsonAsync();
        var reply = answered.GetProperty("objections")[0].GetProperty("reply");
        (reply.String("outcome"), reply.String("text"), reply.String("by")).ShouldBe(("Dismissed", "Đã đủ 36 tháng tính đến 01/01/2023", "E0102"));
        answered.GetProperty("objections")[0].GetProperty("replyTaskId").ValueKind.ShouldBe(JsonValueKind.Null);
        await chair.PostJsonAsync($"/api/v1/disclosures/{id}/objections/1/reply", new { outcome = "Upheld", text = "Đổi ý" }).ProblemAsync(HttpStatusCode.Conflict, "disclosure.objection-answered");

        // The objector sees the answer to their objection.
        var objector = await cases.Client("e0110").GetAsync($"/api/v1/disclosures/{id}").JsonAsync();
        objector.GetProperty("objections")[0].GetProperty("reply").String("outcome").ShouldBe("Dismissed");
    }

    [Fact]
    public async Task An_anonymous_objection_is_linked_to_nobody_in_the_answer_or_the_journal()
    {
        var id = await cases.PostedDisclosureAsync("E0103");
        var sender = await cases.Server.BearerAsync("e0107");
        var sent = await sender.PostJsonAsync($"/api/v1/disclosures/{id}/objections", new { text = "Quy trình chưa đúng", anonymous = true }).JsonAsync();
        sent.GetProperty("objections").GetArrayLength().ShouldBe(0);

        var seen = await cases.Client("e0102").GetAsync($"/api/v1/disclosures/{id}").JsonAsync();
        var objection = seen.GetProperty("objections").EnumerateArray().ShouldHaveSingleItem();
        objection.GetProperty("anonymous").GetBoolean().ShouldBeTrue();
        objection.GetProperty("objector").ValueKind.ShouldBe(JsonValueKind.Null);
        objection.GetProperty("objectorName").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetRawText().ShouldNotContain("E0107");
        var journal = await cases.Client("e0102").GetAsync($"/api/v1/instances/{Instance(id)}/journal?pageSize=100").JsonAsync();
        journal.GetProperty("items").EnumerateArray().Single(e => e.String("event") == "ObjectionReceived").GetProperty("actor").ValueKind.ShouldBe(JsonValueKind.Null);
        journal.GetRawText().ShouldNotContain("E0107");
        journal.GetRawText().ShouldNotContain("Lâm Thị Cẩm Tú");
    }

    [Fact]
    public async Task Another_agency_sees_no_posting_of_the_office_and_may_not_object_or_answer()
    {
        var id = await cases.DisclosureAsync();
        var other = cases.Client("e0204");
        (await other.GetAsync("/api/v1/disclosures?pageSize=100").JsonAsync()).GetProperty("items").EnumerateArray().ShouldNotContain(d => d.String("id") == id);
        (await other.GetAsync("/api/v1/disclosures?agency=van-phong").ProblemAsync(HttpStatusCode.Forbidden, "agency.not-visible")).String("detail").ShouldContain("van-phong");
        await other.GetAsync($"/api/v1/disclosures/{id}").ProblemAsync(HttpStatusCode.NotFound, "disclosure.not-found");
        await other.PostJsonAsync($"/api/v1/disclosures/{id}/objections", new { text = "Từ đơn vị khác" }).ProblemAsync(HttpStatusCode.NotFound, "disclosure.not-found");
        await other.PostJsonAsync($"/api/v1/disclosures/{id}/objections/1/reply", new { outcome = "Upheld", text = "x" }).ProblemAsync(HttpStatusCode.NotFound, "disclosure.not-found");
        await cases.Client("workflow-admin").GetAsync("/api/v1/disclosures").ProblemAsync(HttpStatusCode.Forbidden, "account.no-person");
    }

    private static string Instance(string disclosureId) => disclosureId[..disclosureId.LastIndexOf('.')];
}
