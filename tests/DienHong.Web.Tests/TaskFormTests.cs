using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Bunit;
using DienHong.Web.Application;
using DienHong.Web.Application.Attachments;
using DienHong.Web.Application.Tasks;
using DienHong.Web.Components.Inbox;
using DienHong.Web.Localization;
using DienHong.Workflows.Activities;
using Microsoft.AspNetCore.Components.Forms;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>
/// The task's form in the panel: one input per field kind, the fields an outcome needs checked before anything is
/// sent (the error beside the field, as is the engine's refusal about a field), what was filled sent as the decision's
/// data, and attachments uploaded, listed, removable and sent with it, as the Disclosure post-by task needs.
/// </summary>
public sealed class TaskFormTests
{
    private static readonly string[] Review = ["Approve", "Reject"];

    private const string EveryKind = """
        {"outcomes": ["Approve", "Reject"], "form": [
          {"name": "note", "type": "text", "label": {"vi": "Ghi chú", "en": "Note"}},
          {"name": "legalGround", "type": "multiline", "requiredFor": ["Reject"], "label": {"vi": "Căn cứ pháp lý", "en": "Legal ground"}},
          {"name": "grantedPlaces", "type": "number", "label": "Số chỉ tiêu"},
          {"name": "effectiveOn", "type": "date", "label": "Ngày hiệu lực"},
          {"name": "urgent", "type": "boolean", "label": "Khẩn"},
          {"name": "level", "type": "choice", "options": [{"value": "high", "label": {"vi": "Cao", "en": "High"}}, "low"], "label": "Mức"},
          {"name": "channels", "type": "checklist", "options": ["intranet", "notice-board"], "default": ["intranet"], "label": "Kênh"},
          {"name": "source", "type": "url", "label": "Đường dẫn"},
          {"name": "nominees", "type": "users", "label": "Người được đề nghị"},
          {"name": "decided", "type": "list", "description": "[{ \"person\": \"E0146\", \"monthsEarly\": 12 }]", "label": "Danh sách"}
        ]}
        """;

    [Fact]
    public async Task Each_field_kind_has_its_input()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var panel = Render(ctx, Task(EveryKind), []);

        panel.Find("input[data-testid=field-note]").GetAttribute("type").ShouldBe("text");
        panel.Find("textarea[data-testid=field-legalGround]").ShouldNotBeNull();
        panel.Find("input[data-testid=field-grantedPlaces]").GetAttribute("inputmode").ShouldBe("decimal");
        panel.Find("input[data-testid=field-effectiveOn]").GetAttribute("placeholder").ShouldBe("dd/MM/yyyy");
        panel.Find("[data-testid=field-urgent] input[type=checkbox]").ShouldNotBeNull();
        panel.Find("input[data-testid=field-level]").GetAttribute("role").ShouldBe("combobox");
        panel.FindAll("[data-testid=field-channels] input[type=checkbox]").Select(c => c.GetAttribute("data-option")).ShouldBe(["intranet", "notice-board"]);
        panel.Find("input[data-testid=field-source]").GetAttribute("type").ShouldBe("url");
        panel.Find("input[data-testid=field-nominees]").GetAttribute("role").ShouldBe("combobox");
        panel.Find("textarea[data-testid=field-decided]").ShouldNotBeNull();
        panel.Find("[data-testid=field-attachments] input[type=file]").ShouldNotBeNull();

        // A field some outcome needs is marked in its label.
        Control(panel, "field-legalGround").TextContent.ShouldContain("Căn cứ pháp lý *");
        Control(panel, "field-note").TextContent.ShouldNotContain("*");
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Cần điền để chọn «Từ chối».")]
    [InlineData(AppCultures.English, "Needed to decide «Reject».")]
    public async Task A_field_the_outcome_needs_is_checked_before_sending_and_its_error_shows_beside_it(string culture, string error)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var asked = new List<TaskCommand>();
        var panel = Render(ctx, Task(EveryKind), asked);

        panel.Find("[data-outcome=Reject]").Click();
        asked.ShouldBeEmpty();
        Control(panel, "field-legalGround").TextContent.ShouldContain(error);
        Control(panel, "field-note").TextContent.ShouldNotContain(error);
        panel.FindAll("[data-testid=refusal-complete]").ShouldBeEmpty();

        // Approve does not need it; once filled, Reject goes.
        panel.Find("textarea[data-testid=field-legalGround]").Input("Chưa đủ thời gian giữ bậc (Điều 2 Thông tư 08/2013/TT-BNV)");
        Control(panel, "field-legalGround").TextContent.ShouldNotContain(error);
        panel.Find("[data-outcome=Reject]").Click();
        asked.Single().Data!["legalGround"]!.GetValue<string>().ShouldBe("Chưa đủ thời gian giữ bậc (Điều 2 Thông tư 08/2013/TT-BNV)");
    }

    [Fact]
    public async Task What_was_filled_is_sent_as_the_decisions_data_in_the_engines_shapes()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var asked = new List<TaskCommand>();
        var panel = Render(ctx, Task(EveryKind), asked);

        panel.Find("input[data-testid=field-note]").Input("  Đã xem  ");
        panel.Find("input[data-testid=field-grantedPlaces]").Change("2");
        panel.Find("input[data-testid=field-effectiveOn]").Change("01/03/2027");
        panel.Find("[data-testid=field-urgent] input[type=checkbox]").Change(true);
        panel.Find("[data-testid=field-channels] input[data-option=notice-board]").Change(true);
        panel.Find("input[data-testid=field-source]").Change("https://intranet.example/tb-12");
        panel.Find("textarea[data-testid=field-decided]").Change("""[{ "person": "E0146", "monthsEarly": 12 }]""");
        panel.Find("textarea[data-testid=comment]").Change("Đồng ý");
        panel.Find("[data-outcome=Approve]").Click();

        var sent = asked.Single();
        (sent.Kind, sent.Outcome, sent.Comment, sent.Attachments).ShouldBe((TaskCommandKind.Complete, "Approve", "Đồng ý", null));
        JsonNode.DeepEquals(sent.Data, JsonNode.Parse("""
            {"note": "Đã xem", "grantedPlaces": 2, "effectiveOn": "2027-03-01", "urgent": true, "channels": ["intranet", "notice-board"],
             "source": "https://intranet.example/tb-12", "decided": [{"person": "E0146", "monthsEarly": 12}]}
            """)).ShouldBeTrue(sent.Data!.ToJsonString());
    }

    [Fact]
    public async Task Unreadable_input_is_named_beside_its_field_and_nothing_is_sent()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var asked = new List<TaskCommand>();
        var panel = Render(ctx, Task(EveryKind), asked);

        panel.Find("input[data-testid=field-source]").Change("intranet/tb-12");
        panel.Find("textarea[data-testid=field-decided]").Change("[{ person: E0146 }");
        panel.Find("[data-outcome=Approve]").Click();

        asked.ShouldBeEmpty();
        Control(panel, "field-source").TextContent.ShouldContain("https://");
        Control(panel, "field-decided").TextContent.ShouldContain("JSON");
    }

    [Fact]
    public async Task The_engines_refusal_about_a_field_is_shown_beside_the_field()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var refusal = new ServiceRefusal(RefusalKind.Invalid, ActivityRefusals.FieldRequired, "review", "note", "Approve");
        var panel = ctx.Render<TaskPanel>(p => p.Add(x => x.Task, Task(EveryKind)).Add(x => x.OnAct, _ => System.Threading.Tasks.Task.FromResult<ServiceRefusal?>(refusal)));

        panel.Find("[data-outcome=Approve]").Click();
        Control(panel, "field-note").TextContent.ShouldContain(refusal.Message());
        panel.FindAll("[data-testid=refusal-complete]").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_post_by_task_needs_its_proof_uploaded_then_sends_it_as_the_attachments_with_the_channels()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var asked = new List<TaskCommand>();
        var uploaded = new List<string>();
        var posting = Task("""
            {"outcomes": ["Posted"], "task": "post", "form": [
              {"name": "attachments", "type": "attachments", "requiredFor": ["Posted"], "label": {"vi": "Minh chứng đã niêm yết", "en": "Proof of posting"}},
              {"name": "channels", "type": "checklist", "options": [{"value": "intranet", "label": {"vi": "Đăng trên mạng nội bộ"}}, {"value": "notice-board", "label": {"vi": "Niêm yết tại trụ sở"}}],
               "default": ["intranet", "notice-board"], "label": {"vi": "Hình thức đã công khai"}}
            ]}
            """, DisclosureActivity.Posted);
        var panel = ctx.Render<TaskPanel>(p => p
            .Add(x => x.Task, posting)
            .Add(x => x.OnAct, c =>
            {
                asked.Add(c);
                return System.Threading.Tasks.Task.FromResult<ServiceRefusal?>(null);
            })
            .Add(x => x.OnUpload, async (file, progress) =>
            {
                await using var content = file.OpenReadStream();
                using var copy = new MemoryStream();
                await content.CopyToAsync(copy);
                progress.Report(copy.Length);
                uploaded.Add(file.Name);
                return new AttachmentInfo($"id-{uploaded.Count}", file.Name, copy.Length, "image/jpeg", string.Empty, "E0104", "van-phong", DateTimeOffset.UnixEpoch);
            }));

        // One attachments input, the form's own: no second one for the panel's general attachments.
        panel.FindAll("input[type=file]").Count.ShouldBe(1);
        panel.Find("[data-outcome=Posted]").Click();
        asked.ShouldBeEmpty();
        Control(panel, "field-attachments").TextContent.ShouldContain("Cần điền để chọn");

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([0xFF, 0xD8, 0xFF], "niem-yet.jpg"), InputFileContent.CreateFromBinary([0xFF, 0xD8, 0xFF], "mang-noi-bo.jpg"));
        panel.WaitForAssertion(() => panel.FindAll("[data-testid=attached-file]").Count.ShouldBe(2));
        uploaded.ShouldBe(["niem-yet.jpg", "mang-noi-bo.jpg"]);

        // Removed before sending: not sent.
        panel.Find("[data-attachment=id-2] .mud-chip-close-button").Click();
        panel.FindAll("[data-testid=attached-file]").Select(a => a.TextContent.Trim()).ShouldBe(["niem-yet.jpg"]);
        panel.Find("[data-testid=field-channels] input[data-option=notice-board]").Change(false);
        panel.Find("[data-outcome=Posted]").Click();

        var sent = asked.Single();
        sent.Attachments.ShouldBe(["id-1"]);
        JsonNode.DeepEquals(sent.Data, JsonNode.Parse("""{"channels": ["intranet"]}""")).ShouldBeTrue(sent.Data?.ToJsonString());
    }

    [Fact]
    public async Task The_cases_documents_are_links_to_download_them()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var document = new AttachmentInfo(new string('a', 32), "Quyết định 12.pdf", 10, "application/pdf", string.Empty, "E0104", "van-phong", DateTimeOffset.UnixEpoch);
        var panel = ctx.Render<TaskPanel>(p => p
            .Add(x => x.Task, InboxContext.Task("user:E0101", null, Review))
            .Add(x => x.Documents, [document])
            .Add(x => x.OnAct, _ => System.Threading.Tasks.Task.FromResult<ServiceRefusal?>(null)));

        var link = panel.Find("[data-testid=document]");
        link.GetAttribute("href").ShouldBe("/api/v1/attachments/" + document.Id);
        link.TextContent.Trim().ShouldBe("Quyết định 12.pdf");
    }

    private static TaskItem Task(string payload, params string[] outcomes) =>
        InboxContext.Task("user:E0101", null, outcomes.Length > 0 ? outcomes : Review) with { Form = TaskForms.Read(payload) };

    private static IRenderedComponent<TaskPanel> Render(BunitContext ctx, TaskItem task, List<TaskCommand> asked) =>
        ctx.Render<TaskPanel>(p => p
            .Add(x => x.Task, task)
            .Add(x => x.OnAct, c =>
            {
                asked.Add(c);
                return System.Threading.Tasks.Task.FromResult<ServiceRefusal?>(null);
            })
            .Add(x => x.OnUpload, (_, _) => System.Threading.Tasks.Task.FromResult<ServiceResult<AttachmentInfo>>(new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.Missing))));

    // The whole control of a field: its input, its label, and the error or help under it.
    private static IElement Control(IRenderedComponent<TaskPanel> panel, string testId)
    {
        var element = panel.Find($"[data-testid={testId}]");
        return element.Closest(".mud-input-control:not(.mud-input-control-boolean-input)") is { } control && element.TagName is "INPUT" or "TEXTAREA" ? control : element;
    }
}
