using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Compiling;

/// <summary>What the designer and the validator read from every activity type: bilingual texts and what can wait.</summary>
public sealed class DescriptorTests
{
    [Fact]
    public async Task Every_activity_type_describes_itself_and_its_properties_in_both_languages()
    {
        await using var host = await TestHost.CreateAsync();

        foreach (var descriptor in host.Get<ActivityRegistry>().All.Select(a => a.Descriptor))
        {
            new[] { descriptor.Name.Vi, descriptor.Name.En, descriptor.Description.Vi, descriptor.Description.En, descriptor.Category }
                .ShouldAllBe(t => !string.IsNullOrWhiteSpace(t), descriptor.Type);
            descriptor.Properties.ShouldAllBe(p => p.Name.Length > 0 && p.Description.Vi.Length > 0 && !string.IsNullOrEmpty(p.Description.En), descriptor.Type);
        }

        CommonNodeProperties.All.ShouldAllBe(p => p.Description.Vi.Length > 0 && !string.IsNullOrEmpty(p.Description.En));
    }

    [Fact]
    public async Task The_types_that_wait_for_outside_input_say_so()
    {
        await using var host = await TestHost.CreateAsync();

        host.Get<ActivityRegistry>().All.Where(a => a.Descriptor.CanWait).Select(a => a.Descriptor.Type).Order(StringComparer.Ordinal)
            .ShouldBe(["Consultation", "Disclosure", "HumanTask", "ParallelReview", "Signal", "Timer", "Vote"]);
    }

    [Fact]
    public async Task The_join_type_is_a_control_node_with_one_optional_policy()
    {
        await using var host = await TestHost.CreateAsync();

        var join = host.Get<ActivityRegistry>().Find("Join").ShouldNotBeNull().Descriptor;

        (join.Name.Vi, join.Name.En, join.Category).ShouldBe(("Hợp nhánh", "Join", "control"));
        join.Properties.Select(p => (p.Name, p.Kind, p.Required)).ShouldBe([("policy", PropertyKind.Json, false)]);
        join.FixedOutcomes.ShouldBeEmpty();
    }
}
