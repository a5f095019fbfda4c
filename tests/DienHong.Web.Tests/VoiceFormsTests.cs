using Bunit;
using DienHong.Calendar;
using DienHong.Web.Application;
using DienHong.Web.Application.Voices;
using DienHong.Web.Components.Voices;
using DienHong.Web.Localization;
using DienHong.Workflows.Activities;
using Microsoft.AspNetCore.Components;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>
/// The opinion form and the ballot: text required (said beside it), anonymity only where allowed, one choice per
/// question, a confirmation before a ballot is cast, refusals beside the button; and a closed ballot's bars.
/// </summary>
public sealed class VoiceFormsTests
{
    [Fact]
    public async Task An_opinion_without_text_is_not_sent_and_the_form_says_why_beside_the_text()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var sent = new List<SubmitOpinion>();
        var form = Opinion(ctx, Consultation(anonymousAllowed: true), sent, null);

        form.Find("[data-testid=opinion-send]").Click();

        sent.ShouldBeEmpty();
        form.Find("[data-testid=opinion-form]").TextContent.ShouldContain("Hãy nhập ý kiến trước khi gửi.");
    }

    [Fact]
    public async Task An_anonymous_opinion_is_sent_with_its_text_where_the_consultation_allows_it()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var sent = new List<SubmitOpinion>();
        var form = Opinion(ctx, Consultation(anonymousAllowed: true), sent, null);

        form.Find("textarea[data-testid=opinion-text]").Change("  Nên tăng định mức.  ");
        form.Find("input[data-testid=opinion-anonymous]").Change(true);
        form.Find("[data-testid=opinion-send]").Click();

        sent.ShouldBe([new SubmitOpinion("Nên tăng định mức.", true)]);
        form.Find("[data-testid=opinion-form]").TextContent.ShouldNotContain("Hãy nhập ý kiến");
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Đợt này không nhận ý kiến ẩn danh.")]
    [InlineData(AppCultures.English, "Opinions here are named.")]
    public async Task Where_anonymity_is_not_allowed_there_is_no_anonymous_box_and_a_refusal_shows_beside_the_button(string culture, string named)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var refusal = new ServiceRefusal(RefusalKind.Conflict, VoiceRefusals.WindowEnded, "case-1.7");
        var form = Opinion(ctx, Consultation(anonymousAllowed: false), [], refusal);

        form.FindAll("[data-testid=opinion-anonymous]").ShouldBeEmpty();
        form.Find("[data-testid=named-only]").TextContent.Trim().ShouldBe(named);
        form.Find("textarea[data-testid=opinion-text]").Change("Ý kiến");
        form.Find("[data-testid=opinion-send]").Click();

        var shown = form.Find("[data-testid=opinion-refusal]");
        shown.GetAttribute("role").ShouldBe("alert");
        shown.TextContent.ShouldContain(refusal.Message());
    }

    [Fact]
    public async Task A_ballot_needs_a_choice_per_question_and_a_confirmation_before_it_is_cast()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var cast = new List<CastBallot>();
        var ballot = Ballot(ctx, Vote([new("E0105", new LocalizedText("Bùi Thanh Sơn")), new("E0106", new LocalizedText("Trương Thị Ngọc Bích"))]), cast);

        ballot.FindAll("[data-testid=ballot-question]").Select(q => q.GetAttribute("data-question")).ShouldBe(["E0105", "E0106"]);
        Choose(ballot, "E0105", VoteConfig.Yes);
        ballot.Find("[data-testid=ballot-cast]").Click();
        ballot.Find("[data-testid=ballot-incomplete]").TextContent.ShouldBe("Hãy chọn cho mọi nội dung.");
        ballot.FindAll("[data-testid=ballot-confirm]").ShouldBeEmpty();

        Choose(ballot, "E0106", VoteConfig.No);
        ballot.Find("[data-testid=ballot-cast]").Click();
        ballot.Find("[data-testid=ballot-confirm]").TextContent.ShouldContain("Phiếu đã bỏ không sửa được.");
        cast.ShouldBeEmpty();
        ballot.Find("[data-testid=ballot-confirm-cancel]").Click();
        ballot.FindAll("[data-testid=ballot-confirm]").ShouldBeEmpty();
        cast.ShouldBeEmpty();

        ballot.Find("[data-testid=ballot-cast]").Click();
        ballot.Find("[data-testid=ballot-confirm-cast]").Click();
        cast.ShouldHaveSingleItem().Choices.ShouldBe(new Dictionary<string, string> { ["E0105"] = "yes", ["E0106"] = "no" });
    }

    [Fact]
    public async Task A_one_question_ballot_is_cast_with_its_choice()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = InboxContext.Create();
        var cast = new List<CastBallot>();
        var ballot = Ballot(ctx, Vote(null), cast);

        ballot.FindAll("label.mud-radio").Select(c => c.TextContent.Trim()).ShouldBe(["Yes", "No", "Abstain"]);
        Choose(ballot, string.Empty, VoteConfig.Abstain);
        ballot.Find("[data-testid=ballot-cast]").Click();
        ballot.Find("[data-testid=ballot-confirm-cast]").Click();

        cast.ShouldBe([new CastBallot(VoteConfig.Abstain)]);
    }

    [Fact]
    public async Task A_closed_ballot_shows_its_outcome_turnout_and_a_bar_per_choice_and_question()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var result = new VoteResult("case-1.9", VoteRules.Passed, 3, 4, true, 0, 0, 0, true,
            [new("E0105", new LocalizedText("Bùi Thanh Sơn"), 3, 0, 0, true), new("E0106", new LocalizedText("Trương Thị Ngọc Bích"), 1, 2, 0, false)], "complete", null);

        var shown = ctx.Render<BallotResult>(p => p.Add(r => r.Result, result));

        shown.Find("[data-testid=outcome]").TextContent.Trim().ShouldBe("Thông qua");
        shown.Find("[data-testid=turnout]").TextContent.Trim().ShouldBe("3/4 thành viên đã biểu quyết");
        shown.Find("[data-question=E0106]").TextContent.ShouldContain("Trương Thị Ngọc Bích · Không thông qua");
        shown.FindAll("[data-question=E0105] [data-choice=yes]").ShouldHaveSingleItem().OuterHtml.ShouldContain("75");
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Đã biểu quyết", "Đã góp ý")]
    [InlineData(AppCultures.English, "You voted", "You gave your opinion")]
    public async Task Who_already_voted_or_gave_an_opinion_sees_so_instead_of_the_form(string culture, string voted, string gave)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();

        var ballot = ctx.Render<BallotPart>(p => p.Add(b => b.Vote, Vote(null, voted: true)).Add(b => b.OnCast, _ => Task.FromResult<ServiceRefusal?>(null)));
        var opinion = ctx.Render<OpinionPart>(p => p.Add(o => o.Consultation, Consultation(anonymousAllowed: true, gave: true)).Add(o => o.OnSubmit, _ => Task.FromResult<ServiceRefusal?>(null)));

        ballot.Find("[data-testid=voted]").TextContent.Trim().ShouldBe(voted);
        ballot.FindAll("[data-testid=ballot-form]").ShouldBeEmpty();
        opinion.Find("[data-testid=gave-opinion]").TextContent.Trim().ShouldBe(gave);
        opinion.FindAll("[data-testid=opinion-form]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Who_has_not_taken_part_yet_gets_the_form()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();

        var ballot = ctx.Render<BallotPart>(p => p.Add(b => b.Vote, Vote(null)).Add(b => b.OnCast, _ => Task.FromResult<ServiceRefusal?>(null)));
        var opinion = ctx.Render<OpinionPart>(p => p.Add(o => o.Consultation, Consultation(anonymousAllowed: true)).Add(o => o.OnSubmit, _ => Task.FromResult<ServiceRefusal?>(null)));

        ballot.FindAll("[data-testid=ballot-form]").ShouldHaveSingleItem();
        ballot.FindAll("[data-testid=voted]").ShouldBeEmpty();
        opinion.FindAll("[data-testid=opinion-form]").ShouldHaveSingleItem();
        opinion.FindAll("[data-testid=gave-opinion]").ShouldBeEmpty();
    }

    private static IRenderedComponent<OpinionForm> Opinion(BunitContext ctx, ConsultationItem consultation, List<SubmitOpinion> sent, ServiceRefusal? refusal) =>
        ctx.Render<OpinionForm>(p => p
            .Add(f => f.Consultation, consultation)
            .Add(f => f.OnSubmit, o =>
            {
                sent.Add(o);
                return Task.FromResult(refusal);
            }));

    private static IRenderedComponent<BallotForm> Ballot(BunitContext ctx, VoteItem vote, List<CastBallot> cast) =>
        ctx.Render<BallotForm>(p => p
            .Add(f => f.Vote, vote)
            .Add(f => f.OnCast, b =>
            {
                cast.Add(b);
                return Task.FromResult<ServiceRefusal?>(null);
            }));

    private static void Choose(IRenderedComponent<BallotForm> ballot, string question, string choice) =>
        ballot.Find($"[data-question='{question}'] input[data-choice={choice}]").Click();

    private static ConsultationItem Consultation(bool anonymousAllowed, bool gave = false) => new(
        "case-1.7", "case-1", "consult", new LocalizedText("Lấy ý kiến quy chế chi tiêu"), "internal-regulation", new LocalizedText("Quy chế nội bộ"),
        "van-phong", null, VoiceState.Open, InboxContext.Midnight(-1), "Dự thảo quy chế chi tiêu nội bộ", "intranet", InboxContext.Midnight(10), anonymousAllowed, "role:head", true, gave);

    private static VoteItem Vote(IReadOnlyList<BallotQuestion>? questions, bool voted = false) => new(
        "case-1.9", "case-1", "ballot", new LocalizedText("Bình xét chiến sĩ thi đua", "Emulation fighter ballot"), "annual-rewards", new LocalizedText("Khen thưởng"),
        "van-phong", null, VoiceState.Open, InboxContext.Midnight(-1), InboxContext.Midnight(5), 3, true, null, questions, VoteConfig.Choices, !voted, voted);
}
