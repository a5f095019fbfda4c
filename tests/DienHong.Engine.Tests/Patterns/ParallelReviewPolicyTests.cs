using System.Text.Json;
using DienHong.Engine.Catalog;
using DienHong.Persistence;
using DienHong.Workflows.Activities;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>The completion policies of ParallelReview, decided as early as the result is certain, and their validation.</summary>
public sealed class ParallelReviewPolicyTests
{
    [Theory]
    [InlineData("\"all\"", 2, 0, 1, 3, null)]
    [InlineData("\"all\"", 2, 1, 0, 3, false)]
    [InlineData("\"all\"", 3, 0, 0, 3, true)]
    [InlineData("\"any\"", 1, 0, 2, 3, true)]
    [InlineData("\"any\"", 0, 2, 1, 3, null)]
    [InlineData("\"any\"", 0, 3, 0, 3, false)]
    [InlineData("\"majority\"", 2, 0, 2, 4, null)]
    [InlineData("\"majority\"", 3, 0, 1, 4, true)]
    [InlineData("\"majority\"", 1, 2, 1, 4, false)]
    [InlineData("\"vetoOnReject\"", 2, 0, 1, 3, null)]
    [InlineData("\"vetoOnReject\"", 0, 1, 2, 3, false)]
    [InlineData("\"vetoOnReject\"", 3, 0, 0, 3, true)]
    [InlineData("{\"atLeast\":2}", 2, 0, 3, 5, true)]
    [InlineData("{\"atLeast\":2}", 1, 3, 1, 5, null)]
    [InlineData("{\"atLeast\":2}", 1, 4, 0, 5, false)]
    [InlineData("{\"percentage\":60}", 2, 0, 3, 5, null)]
    [InlineData("{\"percentage\":60}", 3, 0, 2, 5, true)]
    [InlineData("{\"percentage\":60}", 2, 3, 0, 5, false)]
    [InlineData("{\"percentage\":100}", 2, 0, 0, 3, false)]
    public void Each_policy_decides_as_soon_as_the_pending_answers_cannot_change_the_result(string policy, int approve, int reject, int pending, int total, bool? expected)
    {
        using var doc = JsonDocument.Parse(policy);
        var completion = ParallelReviewCompletion.Read(doc.RootElement).ShouldNotBeNull();
        completion.Decide(approve, reject, pending, total).ShouldBe(expected);
    }

    [Theory]
    [InlineData("\"most\"")]
    [InlineData("{\"atLeast\":0}")]
    [InlineData("{\"percentage\":150}")]
    [InlineData("{\"atLeast\":2,\"percentage\":50}")]
    [InlineData("3")]
    public void A_malformed_policy_is_not_read(string policy)
    {
        using var doc = JsonDocument.Parse(policy);
        ParallelReviewCompletion.Read(doc.RootElement).ShouldBeNull();
    }

    [Theory]
    [InlineData("[]", "\"all\"", "", "at least one reviewer")]
    [InlineData("[{ \"team\": \"x\" }]", "\"all\"", "", "each reviewer is")]
    [InlineData("[{ \"user\": \"a\" }]", "{\"atLeast\":2}", "", "atLeast 2")]
    [InlineData("[{ \"user\": \"a\" }]", "\"most\"", "", "property 'completion'")]
    [InlineData("[{ \"user\": \"a\" }]", "\"all\"", ",\"approveOutcome\":\"Yes\"", "'Yes' is not one of the outcomes")]
    [InlineData("[{ \"user\": \"a\" }]", "\"all\"", ",\"countsVariable\":\"nowhere\"", "unknown variable 'nowhere'")]
    [InlineData("\"=vars.missing\"", "\"all\"", "", "missing")]
    public async Task The_validator_names_a_broken_review_definition(string reviewers, string completion, string extra, string message)
    {
        await using var host = await TestHost.CreateAsync();
        var json = MultipleInstanceTests.Review("broken", reviewers, completion, extra).Replace(",\"countsVariable\":\"counts\"", string.Empty, StringComparison.Ordinal);

        var rejected = await Should.ThrowAsync<DefinitionRejectedException>(() => host.PublishAsync(json));

        rejected.Report.Errors.ShouldContain(e => e.NodeId == "review" && e.Message.Contains(message, StringComparison.Ordinal), rejected.Message);
    }

    [Fact]
    public async Task The_descriptor_is_bilingual_and_offers_only_Approved_and_Rejected_to_edges()
    {
        await using var host = await TestHost.CreateAsync();
        var activity = host.Get<DienHong.Engine.Activities.ActivityRegistry>().Find("ParallelReview").ShouldNotBeNull();

        activity.Descriptor.Name.Vi.ShouldBe("Xem xét song song");
        activity.Descriptor.Name.En.ShouldBe("Parallel review");
        activity.Descriptor.FixedOutcomes.ShouldBe(["Approved", "Rejected"]);
        activity.Descriptor.Properties.ShouldAllBe(p => p.Description.Vi.Length > 0 && !string.IsNullOrEmpty(p.Description.En));
    }
}
