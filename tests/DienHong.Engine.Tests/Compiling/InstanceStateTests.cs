using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Compiling;

/// <summary>The run state kept between runs: join arrivals, node states and pending tokens, stored as <c>{}</c> when there is none.</summary>
public sealed class InstanceStateTests
{
    [Fact]
    public void An_empty_state_is_stored_as_an_empty_object()
    {
        var state = InstanceState.Parse(InstanceState.Empty);

        state.IsEmpty.ShouldBeTrue();
        state.Serialize().ShouldBe("{}");
    }

    [Fact]
    public void Every_part_survives_a_round_trip_in_a_stable_shape()
    {
        var state = new InstanceState();
        state.Joins["sync"] = [3, 5];
        state.NodeStates["n1"] = new JsonObject { ["yes"] = 2 };
        state.Pending.Add(new PendingToken("check", 4));
        state.Pending.Add(new PendingToken("start", -1));

        var json = state.Serialize();

        json.ShouldBe("""{"joins":{"sync":[3,5]},"nodes":{"n1":{"yes":2}},"pending":[{"node":"check","edge":4},{"node":"start","edge":-1}]}""");
        var back = InstanceState.Parse(json);
        back.Joins["sync"].ShouldBe([3, 5]);
        back.NodeStates["n1"].ToJsonString().ShouldBe("""{"yes":2}""");
        back.Pending.ShouldBe([new PendingToken("check", 4), new PendingToken("start", -1)]);
        back.Serialize().ShouldBe(json);
    }

    [Theory]
    [InlineData("""{"joins":{"j":[1]}}""")]
    [InlineData("""{"nodes":{"n":{}}}""")]
    [InlineData("""{"pending":[{"node":"a","edge":0}]}""")]
    public void Any_one_part_makes_the_state_not_empty(string json)
    {
        var state = InstanceState.Parse(json);

        state.IsEmpty.ShouldBeFalse();
        state.Serialize().ShouldBe(json);
    }

    [Fact]
    public void A_parsed_node_state_is_its_own_copy()
    {
        var state = InstanceState.Parse("""{"nodes":{"n":{"count":1}}}""");
        state.NodeStates["n"]["count"] = 2;

        state.Serialize().ShouldBe("""{"nodes":{"n":{"count":2}}}""");
    }
}
