using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using DienHong.Calendar;
using DienHong.Web.Application;
using DienHong.Web.Application.Launch;
using DienHong.Web.Application.Organisation;
using DienHong.Web.Components.Launch;
using DienHong.Web.Localization;
using DienHong.Web.Security;
using MudBlazor;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>
/// The launch form: an editor per input from its declaration, the required error beside its field, the person picker
/// over the organisation service, the start input it sends, and a refusal or the new case's link after the start.
/// </summary>
public sealed class LaunchFormTests
{
    private static readonly LaunchOption Salary = new(
        "salary-step-regular",
        3,
        new LocalizedText("Nâng bậc lương thường xuyên", "Regular salary step"),
        null,
        [],
        ["hr", "head"],
        [new AgencyChoice("van-phong", new LocalizedText("Văn phòng"))],
        [
            new LaunchField("employeeId", "string", true, null, new LocalizedText("Mã người được nâng bậc", "The employee's id"), true),
            new LaunchField("gradeLevel", "string", true, null, null, false),
            new LaunchField("lastStepDate", "date", true, null, null, false),
            new LaunchField("completedDuties", "boolean", false, JsonDocument.Parse("true").RootElement, null, false),
            new LaunchField("yearsNotCompleted", "integer", false, null, null, false),
            new LaunchField("council", "array", false, null, null, true),
        ]);

    /// <summary>The office's people as the organisation service finds them for its HR (E0104).</summary>
    private static readonly OrganisationService Organisation = new(Demo.Organization, Demo.Clock(InboxContext.Day));

    private static readonly PersonAccess Hr = Demo.Current(InboxContext.Day).Resolve(Demo.Person("E0104"));

    [Fact]
    public async Task Each_input_gets_the_editor_of_its_type_and_its_description()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = InboxContext.Create();
        var form = Render(ctx, (_, _) => throw new InvalidOperationException("not started"));

        form.FindAll("[data-testid=field]").Select(f => f.GetAttribute("data-field")).ShouldBe(["employeeId", "gradeLevel", "lastStepDate", "completedDuties", "yearsNotCompleted", "council"]);
        Editor(form, "employeeId").FindComponents<MudAutocomplete<PersonItem>>().ShouldHaveSingleItem();
        Editor(form, "gradeLevel").FindComponents<MudTextField<string>>().ShouldHaveSingleItem();
        Editor(form, "lastStepDate").FindComponents<MudDatePicker>().ShouldHaveSingleItem();
        Editor(form, "completedDuties").FindComponents<MudSwitch<bool>>().ShouldHaveSingleItem();
        Field(form, "completedDuties").QuerySelector("input")!.HasAttribute("checked").ShouldBeTrue();
        Editor(form, "yearsNotCompleted").FindComponents<MudNumericField<decimal?>>().ShouldHaveSingleItem();
        form.FindComponents<PersonPicker>().ShouldHaveSingleItem().Instance.Label.ShouldBe("council");
        Field(form, "employeeId").TextContent.ShouldContain("The employee's id");
        // Labelled by the description's first phrase, as the case page labels its variables; by the name without one.
        Editor(form, "employeeId").FindComponent<MudAutocomplete<PersonItem>>().Instance.Label.ShouldBe("The employee's id *");
        Editor(form, "gradeLevel").FindComponent<MudTextField<string>>().Instance.Label.ShouldBe("gradeLevel *");
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Cần nhập gradeLevel.")]
    [InlineData(AppCultures.English, "gradeLevel is required.")]
    public async Task A_missing_required_input_is_shown_beside_its_field_and_nothing_starts(string culture, string message)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var starts = 0;
        var form = Render(ctx, (_, _) =>
        {
            starts++;
            return Task.FromResult<ServiceResult<string>>("case-1");
        });

        form.Find("[data-testid=start]").Click();

        starts.ShouldBe(0);
        Field(form, "gradeLevel").TextContent.ShouldContain(message);
        Field(form, "completedDuties").TextContent.ShouldNotContain(message);
        form.Find("[data-testid=invalid]").GetAttribute("role").ShouldBe("alert");
    }

    [Fact]
    public async Task The_person_picker_searches_the_organisation_and_the_start_sends_typed_values()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        (string Agency, JsonObject Input)? sent = null;
        var form = Render(ctx, (agency, input) =>
        {
            sent = (agency, input);
            return Task.FromResult<ServiceResult<string>>("case-7");
        });

        var picker = form.FindComponent<MudAutocomplete<PersonItem>>();
        var search = picker.Instance.SearchFunc.ShouldNotBeNull();
        var found = (await search("thanh", CancellationToken.None).ShouldNotBeNull()).ShouldNotBeNull().ToList();
        found.ShouldNotBeEmpty();
        found.ShouldAllBe(p => p.FullName.Contains("Thành", StringComparison.Ordinal) || p.FullName.Contains("Thanh", StringComparison.Ordinal));
        await form.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(found[0]));
        form.Find($"[data-field=gradeLevel] input").Change("college");
        await form.InvokeAsync(() => form.FindComponent<MudDatePicker>().Instance.DateChanged.InvokeAsync(new DateTime(2020, 1, 15)));
        form.Find("[data-field=lastStepDate] input").GetAttribute("value").ShouldBe("15/01/2020");
        var council = form.FindComponent<PersonPicker>();
        await form.InvokeAsync(() => council.FindComponent<MudAutocomplete<PersonItem>>().Instance.ValueChanged.InvokeAsync(found[^1]));

        form.Find("[data-testid=start]").Click();

        var (agency, input) = sent.ShouldNotBeNull();
        agency.ShouldBe("van-phong");
        input.ToJsonString().ShouldBe(
            $$"""{"employeeId":"{{found[0].Id}}","gradeLevel":"college","lastStepDate":"2020-01-15","completedDuties":true,"council":["{{found[^1].Id}}"]}""");
        form.Find("[data-testid=case-link]").GetAttribute("href").ShouldBe("/cases/case-7");
    }

    [Fact]
    public async Task A_refusal_of_the_start_is_shown_under_the_button()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = InboxContext.Create();
        var refusal = new ServiceRefusal(RefusalKind.Forbidden, LaunchRefusals.StarterRole, "salary-step-regular", "hr, head", "van-phong");
        var form = Render(ctx, (_, _) => Task.FromResult<ServiceResult<string>>(refusal));
        var option = Salary with { Fields = [] };
        form.Render(p => p.Add(x => x.Option, option with { Key = "other" }));

        form.Find("[data-testid=start]").Click();

        var shown = form.Find("[data-testid=launch-refusal]");
        shown.GetAttribute("role").ShouldBe("alert");
        shown.TextContent.ShouldContain("Workflow 'salary-step-regular' is started in an agency only by: hr, head");
        form.FindAll("[data-testid=case-link]").ShouldBeEmpty();
    }

    [Fact]
    public void The_input_is_typed_as_declared_and_malformed_values_are_named()
    {
        using var _ = new CultureScope(AppCultures.English);
        LaunchField[] fields =
        [
            new("count", "integer", false, null, null, false),
            new("names", "array", false, null, null, false),
            new("rules", "object", false, null, null, false),
            new("at", "datetime", false, null, null, false),
        ];
        var input = new LaunchInput(fields);
        input.Set("count", 2.5m);
        input.Set("rules", "{ not json");
        input.Set("at", "yesterday");

        input.Build(fields, out var errors).ShouldBeNull();
        errors.Keys.ShouldBe(["count", "rules", "at"], ignoreOrder: true);
        errors["count"].ShouldBe("count must be a whole number.");

        input.Set("count", 2m);
        input.Set("names", " An \n\n Bình ");
        input.Set("rules", """{ "warning": 6 }""");
        input.Set("at", "2027-03-01T08:00:00+07:00");
        JsonNode.DeepEquals(input.Build(fields, out errors), JsonNode.Parse("""{"count":2,"names":["An","Bình"],"rules":{"warning":6},"at":"2027-03-01T08:00:00+07:00"}""")).ShouldBeTrue();
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Đã khởi tạo hồ sơ case-8 của quy trình \"Nâng bậc lương thường xuyên\".", "Đóng")]
    [InlineData(AppCultures.English, "Case case-8 of \"Regular salary step\" started.", "Close")]
    public async Task The_start_is_confirmed_in_the_form_under_the_button_with_a_close_button_in_the_page_language(string culture, string said, string close)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var form = Render(ctx, (_, _) => Task.FromResult<ServiceResult<string>>("case-8"));
        form.Render(p => p.Add(x => x.Option, Salary with { Key = "other", Fields = [] }));

        form.Find("[data-testid=start]").Click();

        // An alert in the form's flow (a snackbar lay over the page's controls on a phone), its close button in our words.
        var started = form.Find("[data-testid=launch-form] [data-testid=started]");
        started.GetAttribute("role").ShouldBe("status");
        started.QuerySelector(".mud-alert-message > p")!.TextContent.Trim().ShouldBe(said);
        started.QuerySelector("[data-testid=case-link]")!.GetAttribute("href").ShouldBe("/cases/case-8");
        var closing = form.Find("[data-testid=started-close]");
        closing.TextContent.Trim().ShouldBe(close);
        closing.Click();
        form.FindAll("[data-testid=started]").ShouldBeEmpty();
    }

    private static IRenderedComponent<LaunchForm> Render(BunitContext ctx, Func<string, JsonObject, Task<ServiceResult<string>>> start) =>
        ctx.Render<LaunchForm>(p => p
            .Add(x => x.Option, Salary)
            .Add(x => x.Search, (text, _) => Task.FromResult<IEnumerable<PersonItem>>(Organisation.People(Hr, "van-phong", text, new PageRequest(20)).Value!.Items))
            .Add(x => x.OnStart, start));

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<LaunchForm> form, string name) => form.Find($"[data-field={name}]");

    private static IRenderedComponent<FieldEditor> Editor(IRenderedComponent<LaunchForm> form, string name) =>
        form.FindComponents<FieldEditor>().Single(f => f.Instance.Field.Name == name);
}
