using Bunit;
using DienHong.Calendar;
using DienHong.Web.Application;
using DienHong.Web.Application.Disclosures;
using DienHong.Web.Components.Disclosures;
using DienHong.Web.Localization;
using DienHong.Workflows.Activities;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>
/// The disclosures board's parts: the objection form (its text required with the error beside it, the anonymous flag
/// sent and explained, a refusal shown under it), a posting's card, and the answerer's reply form.
/// </summary>
public sealed class BoardTests
{
    [Fact]
    public async Task An_objection_without_text_shows_its_error_beside_the_field_and_sends_nothing()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var sent = new List<PostObjection>();
        var form = ctx.Render<ObjectionForm>(p => p.Add(x => x.OnObject, o => Sent(sent, o)));
        form.FindAll(".mud-input-error").ShouldBeEmpty();

        form.Find("textarea[data-testid=objection-text]").Change("   ");
        form.Find("[data-testid=objection-send]").Click();

        sent.ShouldBeEmpty();
        form.Find(".mud-input-helper-text.mud-input-error").TextContent.ShouldContain("Vui lòng nhập nội dung phản ánh.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_anonymous_flag_is_sent_as_chosen_and_what_it_means_is_said_beside_it(bool anonymous)
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = InboxContext.Create();
        var sent = new List<PostObjection>();
        var form = ctx.Render<ObjectionForm>(p => p.Add(x => x.OnObject, o => Sent(sent, o)));
        form.Find("[data-testid=anonymous-help]").TextContent.ShouldContain("whoever answers does not know who sent it");

        form.Find("textarea[data-testid=objection-text]").Change("  The dates are wrong  ");
        if (anonymous)
        {
            form.Find("input[type=checkbox]").Change(true);
        }

        form.Find("[data-testid=objection-send]").Click();

        sent.ShouldBe([new PostObjection("The dates are wrong", anonymous)]);
        // Sent: the form is ready for another one.
        form.Find("textarea[data-testid=objection-text]").TextContent.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese)]
    [InlineData(AppCultures.English)]
    public async Task A_refusal_is_shown_under_the_form_and_the_text_is_kept(string culture)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var refusal = new ServiceRefusal(RefusalKind.Conflict, ActivityRefusals.DisclosureClosed, "publish", "2027-02-22T00:00:00.0000000+07:00");
        var form = ctx.Render<ObjectionForm>(p => p.Add(x => x.OnObject, _ => Task.FromResult<ServiceRefusal?>(refusal)));
        form.Find("textarea[data-testid=objection-text]").Change("Quá hạn");
        form.Find("[data-testid=objection-send]").Click();

        var shown = form.Find("[data-testid=objection-refusal]");
        shown.GetAttribute("role").ShouldBe("alert");
        shown.TextContent.ShouldContain(refusal.Title());
        shown.TextContent.ShouldContain(refusal.Message());
        form.Find("textarea[data-testid=objection-text]").GetAttribute("value").ShouldBe("Quá hạn");
    }

    [Fact]
    public async Task An_open_card_shows_the_title_agency_posting_day_and_days_left()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var card = ctx.Render<DisclosureCard>(p => p.Add(x => x.Item, Item(open: true)));

        card.Find("[data-testid=disclosure-title]").TextContent.ShouldBe("Công khai quyết định nâng bậc lương");
        card.Find("[data-testid=disclosure-document]").TextContent.ShouldBe("Quyết định nâng bậc lương thường xuyên: E0110");
        var facts = card.Find("[data-testid=disclosure-facts]").TextContent;
        facts.ShouldContain("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện");
        facts.ShouldContain("mạng nội bộ, niêm yết tại trụ sở");
        card.Find("[data-testid=disclosure-posted]").TextContent.ShouldContain("Niêm yết ngày 01/02/2027");
        card.Find("[data-testid=disclosure-posted]").TextContent.ShouldContain("Đặng Thị Thu Hà");
        card.Find("[data-testid=disclosure-period]").TextContent.ShouldBe("Công khai đến hết ngày 20/02/2027");
        var chip = card.Find("[data-testid=due-chip]");
        chip.GetAttribute("data-state").ShouldBe("remaining");
        chip.TextContent.ShouldContain("14 ngày làm việc");
        card.FindAll("[data-testid=disclosure-proof]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_closed_card_shows_its_proof_of_posting_and_no_chip()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = InboxContext.Create();
        var card = ctx.Render<DisclosureCard>(p => p.Add(x => x.Item, Item(open: false) with { Late = true, WorkingDaysLate = 2 }).Add(x => x.ShowProof, true));

        card.FindAll("[data-testid=due-chip]").ShouldBeEmpty();
        card.Find("[data-testid=disclosure-proof]").TextContent.ShouldContain("niem-yet-bang-tin.jpg");
        card.Find("[data-testid=disclosure-posted]").TextContent.ShouldContain("Posted 2 working days late");
        card.Find("[data-testid=disclosure-period]").TextContent.ShouldBe("Period ended 20/02/2027");
    }

    [Fact]
    public async Task The_answerer_replies_with_a_text_and_an_outcome_and_an_anonymous_objection_names_nobody()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var asked = new List<ReplyCommand>();
        ObjectionItem[] objections =
        [
            new(1, "Sai ngày hưởng", false, InboxContext.Midnight(1).AddHours(9), "E0110", "Tô Văn Lợi", false, null, "case-1.bm-2", InboxContext.Midnight(7)),
            new(2, "Quy trình chưa đúng", true, InboxContext.Midnight(1).AddHours(10), null, null, false, new ObjectionAnswer("Dismissed", "Đúng Điều 47", "E0102", "Huỳnh Thị Mỹ Dung", InboxContext.Midnight(2)), null, null),
        ];
        var list = ctx.Render<ObjectionList>(p => p
            .Add(x => x.Detail, new DisclosureDetail(Item(open: true), objections, true, true, null))
            .Add(x => x.OnReply, c =>
            {
                asked.Add(c);
                return Task.FromResult<ServiceRefusal?>(null);
            }));

        var from = list.FindAll("[data-testid=objection-from]").Select(f => f.TextContent).ToList();
        from[0].ShouldStartWith("Của Tô Văn Lợi");
        from[1].ShouldStartWith("Của ẩn danh");
        list.Find("[data-testid=objection-reply]").TextContent.ShouldContain("Không được chấp nhận");

        list.Find("[data-testid=reply-upheld]").Click();
        asked.ShouldBeEmpty();
        list.Find(".mud-input-helper-text.mud-input-error").TextContent.ShouldContain("Vui lòng nhập nội dung trả lời.");

        list.Find("textarea[data-testid=reply-text]").Change(" Điều chỉnh ngày hưởng ");
        list.Find("[data-testid=reply-upheld]").Click();
        asked.ShouldBe([new ReplyCommand("case-1.7", 1, new ReplyObjection("Upheld", "Điều chỉnh ngày hưởng"))]);
    }

    private static Task<ServiceRefusal?> Sent(List<PostObjection> sent, PostObjection objection)
    {
        sent.Add(objection);
        return Task.FromResult<ServiceRefusal?>(null);
    }

    /// <summary>A salary step posted by HR on Monday 1 February 2027 for 20 days: it ends at 24:00 on 20 February.</summary>
    private static DisclosureItem Item(bool open) => new(
        "case-1.7",
        "case-1",
        "publish",
        new LocalizedText("Công khai quyết định nâng bậc lương", "Disclose the salary step"),
        "salary-step-regular",
        3,
        new LocalizedText("Nâng bậc lương thường xuyên", "Regular salary step"),
        "van-phong",
        null,
        "Quyết định nâng bậc lương thường xuyên: E0110",
        "DC-06",
        ["intranet", "notice-board"],
        InboxContext.Midnight(0).AddHours(8),
        "E0104",
        "Đặng Thị Thu Hà",
        ["niem-yet-bang-tin.jpg"],
        false,
        0,
        open,
        InboxContext.Midnight(20),
        open ? 14 : null);
}
