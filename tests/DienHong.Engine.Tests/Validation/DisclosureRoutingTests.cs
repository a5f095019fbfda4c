using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>
/// A Disclosure's three outcomes must be routed, and an upheld objection must not end as "no objection" in
/// silence (Law 10/2022 Art. 48): an error when it has no route, a warning when it goes where NoObjection goes.
/// </summary>
public sealed class DisclosureRoutingTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    private const string Disclosure = """{ "id": "publish", "type": "Disclosure" }""";
    private const string Reconsider = """{ "id": "reconsider", "type": "HumanTask", "assignee": { "role": "head" }, "outcomes": ["Done"], "due": { "workingDays": 5 } }""";

    private static string Routed(string upheldTo) => Flow(
        string.Join(",", Disclosure, Reconsider),
        string.Join(",", Edge("start", "publish"), Edge("publish", "done", "NoObjection"), Edge("publish", "done", "ObjectionsDismissed"),
            Edge("publish", upheldTo, "ObjectionUpheld"), Edge("reconsider", "done", "Done")));

    [Fact]
    public void An_upheld_objection_routed_to_its_own_step_is_valid_without_warnings()
    {
        var report = fixture.Validate(Routed("reconsider"));

        report.IsValid.ShouldBeTrue(string.Join("\n", report.Errors));
        report.Warnings.Where(w => w.Rule == "disclosure-upheld").ShouldBeEmpty();
    }

    [Fact]
    public void An_upheld_objection_that_ends_like_no_objection_is_warned_in_English_and_Vietnamese()
    {
        var json = Flow(Disclosure, string.Join(",", Edge("start", "publish"), Edge("publish", "done", "NoObjection"), Edge("publish", "done", "ObjectionsDismissed"), Edge("publish", "done", "ObjectionUpheld")));

        var report = fixture.Validate(json);
        report.IsValid.ShouldBeTrue(string.Join("\n", report.Errors));
        var warning = report.Warnings.ShouldHaveSingleItem();
        (warning.Rule, warning.NodeId).ShouldBe(("disclosure-upheld", "publish"));
        warning.Message.ShouldStartWith("an upheld objection ends the same way as no objection (both go to done)");
        fixture.Validate(json, "vi").Warnings.Single().Message.ShouldStartWith("phản ánh được chấp nhận kết thúc giống như không có phản ánh");
    }

    [Fact]
    public void An_upheld_objection_without_a_route_is_an_error_and_HasObjections_is_explained()
    {
        var json = Flow(Disclosure, string.Join(",", Edge("start", "publish"), Edge("publish", "done", "NoObjection"), Edge("publish", "done", "HasObjections")));

        var report = fixture.Validate(json);
        report.Errors.ShouldContain(e => e.Rule == "unrouted-outcome" && e.NodeId == "publish" && e.Message.Contains("'ObjectionsDismissed', 'ObjectionUpheld'"), string.Join("\n", report.Errors));
        report.Warnings.ShouldContain(w => w.Rule == "disclosure-upheld" && w.Message.StartsWith("routes HasObjections", StringComparison.Ordinal));
    }

    [Fact]
    public void Objections_only_recorded_route_HasObjections_without_a_warning()
    {
        var json = Flow("""{ "id": "publish", "type": "Disclosure", "unionReview": false }""",
            string.Join(",", Edge("start", "publish"), Edge("publish", "done", "NoObjection"), Edge("publish", "done", "HasObjections")));

        var report = fixture.Validate(json);
        report.IsValid.ShouldBeTrue(string.Join("\n", report.Errors));
        report.Warnings.ShouldBeEmpty();
    }
}
