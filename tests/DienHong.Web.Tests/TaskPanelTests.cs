using Bunit;
using DienHong.Calendar;
using DienHong.Web.Application;
using DienHong.Web.Application.Instances;
using DienHong.Web.Components.Inbox;
using DienHong.Web.Localization;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Organization;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>The inbox item and the task panel: a button per outcome, claim for a group's task, delegation, the case beside it, refusals next to their action.</summary>
public sealed class TaskPanelTests
{
    private static readonly string[] Review = ["Approve", "Reject", "RequestChanges"];

    [Theory]
    [InlineData(AppCultures.Vietnamese, new[] { "Phê duyệt", "Từ chối", "Yêu cầu chỉnh sửa", "Send back" })]
    [InlineData(AppCultures.English, new[] { "Approve", "Reject", "Request changes", "Send back" })]
    public async Task Each_outcome_is_a_button_in_the_readers_language(string culture, string[] labels)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var panel = Render(ctx, InboxContext.Task("user:E0101", InboxContext.Midnight(3), [.. Review, "SendBack"]), _ => Task.FromResult<ServiceRefusal?>(null));
        var buttons = panel.FindAll("[data-testid=outcome]");
        buttons.Select(b => b.GetAttribute("data-outcome")).ShouldBe([.. Review, "SendBack"]);
        buttons.Select(b => b.TextContent.Trim()).ShouldBe(labels);
    }

    [Fact]
    public async Task An_outcome_button_decides_the_task_with_the_comment()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var asked = new List<TaskCommand>();
        var panel = Render(ctx, InboxContext.Task("user:E0101", InboxContext.Midnight(3), Review), c =>
        {
            asked.Add(c);
            return Task.FromResult<ServiceRefusal?>(null);
        });
        panel.Find("textarea[data-testid=comment]").Change("  Đủ điều kiện.  ");
        panel.Find("[data-outcome=RequestChanges]").Click();
        asked.ShouldBe([new TaskCommand(TaskCommandKind.Complete, "RequestChanges", "Đủ điều kiện.")]);
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese)]
    [InlineData(AppCultures.English)]
    public async Task A_refusal_is_shown_under_the_action_that_caused_it(string culture)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var refusal = new ServiceRefusal(RefusalKind.Forbidden, ActivityRefusals.NotAssignee, "E0103", "review", "user:E0101");
        var panel = Render(ctx, InboxContext.Task("role:chief@van-phong", InboxContext.Midnight(3), Review, TaskActions.Claim), _ => Task.FromResult<ServiceRefusal?>(refusal));
        panel.Find("[data-outcome=Approve]").Click();
        var shown = panel.Find("[data-testid=refusal-complete]");
        shown.GetAttribute("role").ShouldBe("alert");
        shown.TextContent.ShouldContain(refusal.Title());
        shown.TextContent.ShouldContain(refusal.Message());
        panel.FindAll("[data-testid=refusal-claim]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_groups_task_offers_claim_and_a_persons_task_does_not()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var asked = new List<TaskCommand>();
        var group = Render(ctx, InboxContext.Task("role:chief", null, Review, TaskActions.Claim, TaskActions.Delegate), c =>
        {
            asked.Add(c);
            return Task.FromResult<ServiceRefusal?>(null);
        });
        group.Find("[data-testid=claim]").Click();
        asked.ShouldBe([new TaskCommand(TaskCommandKind.Claim)]);

        var own = Render(ctx, InboxContext.Task("user:E0101", null, Review, TaskActions.Claim, TaskActions.Delegate), _ => Task.FromResult<ServiceRefusal?>(null));
        own.FindAll("[data-testid=claim]").ShouldBeEmpty();
        own.Find("[data-testid=delegate]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task A_task_is_delegated_to_a_colleague_of_the_agency_found_with_or_without_diacritics()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var asked = new List<TaskCommand>();
        var panel = Render(ctx, InboxContext.Task("user:E0101", null, Review, TaskActions.Delegate), c =>
        {
            asked.Add(c);
            return Task.FromResult<ServiceRefusal?>(null);
        });

        // The picker searches the agency's people by any part of the name, diacritics or not; choosing one fills the delegation.
        var picker = panel.FindComponent<MudBlazor.MudAutocomplete<Person>>();
        var search = picker.Instance.SearchFunc.ShouldNotBeNull();
        var found = (await search("my dung", CancellationToken.None).ShouldNotBeNull()).ShouldNotBeNull().OfType<Person>().ToList();
        found.Select(p => p.Id).ShouldBe(["E0102"]);
        await panel.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(found.Single()));
        panel.Find("input[data-testid=delegate-reason]").Change("Nghỉ phép");
        panel.Find("[data-testid=delegate]").Click();
        asked.ShouldBe([new TaskCommand(TaskCommandKind.Delegate, Comment: "Nghỉ phép", To: "E0102")]);
    }

    [Fact]
    public async Task The_case_is_beside_the_task_with_what_was_done_before()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        JournalItem[] history =
        [
            new(1, InboxContext.Midnight(-1).AddHours(8), null, null, "InstanceStarted", "E0103", "Võ Minh Tuấn", null, null, null),
            new(2, InboxContext.Midnight(-1).AddHours(10), "draft", new LocalizedText("Soạn tờ trình", "Draft"), "TaskCompleted", "E0103", "Võ Minh Tuấn", "Approve", "Kính trình.", null),
        ];
        var panel = ctx.Render<TaskPanel>(p => p
            .Add(x => x.Task, InboxContext.Task("user:E0101", InboxContext.Midnight(3), Review))
            .Add(x => x.History, history)
            .Add(x => x.OnAct, _ => Task.FromResult<ServiceRefusal?>(null)));
        var context = panel.Find("[data-testid=case-context]").TextContent;
        context.ShouldContain("Nghỉ phép (v3)");
        context.ShouldContain("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện");
        context.ShouldContain("NP-2027-014");
        panel.FindAll("[data-testid=history-line]").Select(line => line.TextContent.Trim()).ShouldBe(
        [
            "31/01/2027 08:00 · Khởi tạo hồ sơ · Võ Minh Tuấn",
            "31/01/2027 10:00 · Soạn tờ trình · Xử lý xong → Phê duyệt · Võ Minh Tuấn",
        ]);
        panel.FindAll("[data-testid=history] q").Select(q => q.TextContent).ShouldBe(["Kính trình."]);
        // The comment reads apart from the person's name: a block of its own, indented under the line.
        panel.Find("[data-testid=history-comment]").ClassList.ShouldContain("d-block");
    }

    [Fact]
    public async Task An_inbox_item_shows_the_step_its_case_and_due_chip_and_is_chosen_by_a_button()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = InboxContext.Create();
        var chosen = 0;
        var item = ctx.Render<InboxItem>(p => p
            .Add(x => x.Task, InboxContext.Task("role:head@van-phong", InboxContext.Midnight(-2), Review, TaskActions.Claim))
            .Add(x => x.OnSelect, () => chosen++));
        var button = item.Find("button[data-testid=inbox-item]");
        button.GetAttribute("aria-pressed").ShouldBe("false");
        item.Find("[data-testid=task-step]").TextContent.ShouldBe("Review the file");
        button.TextContent.ShouldContain("Leave request · NP-2027-014");
        item.Find("[data-testid=group-task]").TextContent.ShouldBe("Your group: Head");
        item.Find("[data-testid=due-chip]").GetAttribute("data-state").ShouldBe("overdue");
        button.Click();
        chosen.ShouldBe(1);
    }

    private static IRenderedComponent<TaskPanel> Render(BunitContext ctx, Application.Tasks.TaskItem task, Func<TaskCommand, Task<ServiceRefusal?>> act) =>
        ctx.Render<TaskPanel>(p => p.Add(x => x.Task, task).Add(x => x.OnAct, act));
}
