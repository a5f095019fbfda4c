using System.Text.Json;
using Bunit;
using DienHong.Calendar;
using DienHong.Engine.Definitions;
using DienHong.Web.Application.Instances;
using DienHong.Web.Components.Cases;
using DienHong.Web.Localization;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>The case page's parts: labelled variables, the journal as sentences with names and Vietnamese dates, the flowchart's current step.</summary>
public sealed class CasePartsTests
{
    private static readonly WorkflowDefinition Definition = DefinitionReader.Read("""
        {
          "key": "leave-request", "version": 3, "name": { "vi": "Nghỉ phép", "en": "Leave request" },
          "variables": [
            { "name": "employeeId", "type": "string", "description": { "vi": "Người xin nghỉ", "en": "Employee" } },
            { "name": "firstDay", "type": "date", "description": { "vi": "Ngày bắt đầu nghỉ", "en": "First day off" } },
            { "name": "paid", "type": "boolean", "description": "Nghỉ có lương" },
            { "name": "days", "type": "number" }
          ],
          "nodes": [
            { "id": "start", "type": "Start", "name": { "vi": "Tiếp nhận", "en": "Received" } },
            { "id": "check", "type": "HumanTask", "name": { "vi": "Thẩm định hồ sơ", "en": "Review the file" } },
            { "id": "decide", "type": "HumanTask", "name": { "vi": "Thủ trưởng quyết định", "en": "The head decides" } },
            { "id": "end", "type": "End", "name": "Kết thúc" }
          ],
          "edges": [
            { "from": "start", "to": "check" },
            { "from": "check", "to": "decide", "outcome": "Approve" },
            { "from": "check", "to": "start", "outcome": "RequestChanges" },
            { "from": "decide", "to": "end" }
          ]
        }
        """);

    private static readonly JsonElement Variables = JsonDocument.Parse("""{ "days": 2.5, "paid": false, "firstDay": "2027-02-08", "employeeId": "E0101", "note": "" }""").RootElement;

    [Theory]
    [InlineData(AppCultures.Vietnamese, new[] { "Người xin nghỉ", "Ngày bắt đầu nghỉ", "Nghỉ có lương", "Days", "Note" }, new[] { "Phạm Văn Thành", "08/02/2027", "Không", "2,5", "(trống)" })]
    [InlineData(AppCultures.English, new[] { "Employee", "First day off", "Nghỉ có lương", "Days", "Note" }, new[] { "Phạm Văn Thành", "08/02/2027", "No", "2.5", "(empty)" })]
    public async Task Variables_are_labelled_fields_in_declared_order_with_readable_values(string culture, string[] labels, string[] values)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();

        var fields = ctx.Render<CaseVariables>(p => p.Add(c => c.Variables, Variables).Add(c => c.Definition, Definition));

        fields.FindAll("dt").Select(d => d.TextContent).ShouldBe(labels);
        fields.FindAll("dd").Select(d => d.TextContent).ShouldBe(values);
    }

    [Theory]
    [InlineData("Mã người được xét nâng lương.", "Mã người được xét nâng lương")]
    [InlineData("Nhóm ngạch, các đường: \"college\" (cao đẳng trở lên)", "Nhóm ngạch, các đường")]
    [InlineData("Thời gian giữ bậc (tháng). Tính từ ngày hưởng bậc.", "Thời gian giữ bậc")]
    [InlineData("Người xin nghỉ", "Người xin nghỉ")]
    public void A_long_description_gives_its_first_phrase_as_the_label(string description, string label) =>
        CaseFields.Label(description).ShouldBe(label);

    [Fact]
    public async Task The_timeline_tells_who_did_what_at_which_step_with_Vietnamese_dates()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        JournalItem[] entries =
        [
            Entry(1, "start", "InstanceStarted", "E0110", "Nguyễn Thị Hoa"),
            Entry(2, "check", "TaskCreated", "E0110", "Nguyễn Thị Hoa", data: """{"kind":"Task","assignee":"role:head"}"""),
            Entry(3, "decide", "TaskCompleted", "E0101", "Phạm Văn Thành", "Approve", "Đồng ý."),
            Entry(4, "decide", "TaskCompleted", "E0101", "Phạm Văn Thành", "SendBack"),
            Entry(5, null, "VoteTallied", null, null),
        ];

        var timeline = ctx.Render<CaseTimeline>(p => p.Add(c => c.Entries, entries).Add(c => c.Agency, "van-phong")
            .Add(c => c.Check, new JournalCheck("case-1", false, 5, [new JournalProblem("journal.hash", 3, "x"), new JournalProblem("journal.hash", 4, "y")])));

        timeline.FindAll("[data-testid=timeline-text]").Select(t => t.TextContent).ShouldBe([
            "Nguyễn Thị Hoa đã khởi tạo hồ sơ",
            "Bước “Thẩm định hồ sơ” chờ Người đứng đầu, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện xử lý",
            "Phạm Văn Thành đã phê duyệt bước “Thủ trưởng quyết định”",
            "Phạm Văn Thành đã xử lý xong bước “Thủ trưởng quyết định”: Send back",
            "Vote tallied",
        ]);
        timeline.FindAll("[data-testid=timeline-time]")[2].TextContent.ShouldBe("02/02/2027 09:30");
        timeline.Markup.ShouldContain("Đồng ý.");
        var check = timeline.Find("[data-testid=journal-check]");
        (check.GetAttribute("data-intact"), check.TextContent.Trim()).ShouldBe(("false", "Nhật ký bị thay đổi ở mục 3."));
    }

    [Fact]
    public async Task The_timeline_in_English_names_the_step_in_English()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = InboxContext.Create();

        var timeline = ctx.Render<CaseTimeline>(p => p.Add(c => c.Entries, [Entry(3, "decide", "TaskCompleted", "E0101", "Phạm Văn Thành", "Approve")])
            .Add(c => c.Check, new JournalCheck("case-1", true, 1, [])));

        timeline.Find("[data-testid=timeline-text]").TextContent.ShouldBe("Phạm Văn Thành approved step 'The head decides'");
        timeline.Find("[data-testid=journal-check]").TextContent.Trim().ShouldBe("Journal verified: all 1 entries intact.");
    }

    [Fact]
    public async Task The_flowchart_highlights_the_current_step_and_shades_the_passed_ones()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();

        var chart = ctx.Render<Flowchart>(p => p.Add(c => c.Definition, Definition).Add(c => c.Current, ["decide"]).Add(c => c.Visited, new HashSet<string> { "start", "check" }));

        var nodes = chart.FindAll("[data-node]");
        nodes.Select(n => (n.GetAttribute("data-node"), n.GetAttribute("data-state"))).ShouldBe([("start", "visited"), ("check", "visited"), ("decide", "current"), ("end", "ahead")]);
        nodes.ShouldAllBe(n => n.GetAttribute("tabindex") == "0");
        var current = chart.Find("[data-node=decide]");
        current.GetAttribute("aria-label").ShouldBe("Thủ trưởng quyết định (bước hiện tại)");
        current.QuerySelector("title")!.TextContent.ShouldBe("Thủ trưởng quyết định (bước hiện tại)");
        chart.FindAll(".dh-flow-outcome").Select(t => t.TextContent).ShouldBe(["Phê duyệt", "Yêu cầu chỉnh sửa"], ignoreOrder: true);
        chart.Find("[data-from=check][data-to=decide]").ClassList.ShouldContain("dh-flow-edge-travelled");
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Đồng ý", "Thông qua")]
    [InlineData(AppCultures.English, "Agree", "Passed")]
    public async Task The_flowchart_labels_its_edges_with_the_definitions_outcome_labels_in_the_page_language(string culture, string labelled, string known)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var definition = DefinitionReader.Read("""
            {
              "key": "labels", "version": 1, "name": "Nhãn",
              "outcomeLabels": { "Approve": { "vi": "Đồng ý", "en": "Agree" } },
              "nodes": [
                { "id": "start", "type": "Start" }, { "id": "decide", "type": "HumanTask", "assignee": { "role": "head" }, "outcomes": ["Approve", "SendBack"] },
                { "id": "vote", "type": "Vote" }, { "id": "end", "type": "End" }
              ],
              "edges": [
                { "from": "start", "to": "decide" }, { "from": "decide", "outcome": "Approve", "to": "vote" },
                { "from": "decide", "outcome": "SendBack", "to": "end" }, { "from": "vote", "outcome": "Passed", "to": "end" }
              ]
            }
            """);

        var chart = ctx.Render<Flowchart>(p => p.Add(c => c.Definition, definition));

        // The definition's label first, then the server's word for a known outcome, and the name only when neither exists.
        Label(chart, "decide", "vote").ShouldBe(labelled);
        Label(chart, "vote", "end").ShouldBe(known);
        Label(chart, "decide", "end").ShouldBe("Send back");

        static string Label(IRenderedComponent<Flowchart> chart, string from, string to) =>
            chart.Find($"[data-from={from}][data-to={to}] .dh-flow-outcome").TextContent;
    }

    private static JournalItem Entry(long seq, string? node, string journalEvent, string? actor, string? actorName, string? outcome = null, string? comment = null, string? data = null) => new(
        seq,
        new DateTimeOffset(2027, 2, 2, 9, 0, 0, TimeSpan.FromHours(7)).AddMinutes(15 * (seq - 1)),
        node,
        node is null ? null : Definition.FindNode(node)!.Name,
        journalEvent,
        actor,
        actorName,
        outcome,
        comment,
        data is null ? null : JsonDocument.Parse(data).RootElement);
}
