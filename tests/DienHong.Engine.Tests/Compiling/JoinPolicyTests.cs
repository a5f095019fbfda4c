using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Compiling;

/// <summary>Join policies: how many branches each waits for, which cancel the rest, and how a policy is read.</summary>
public sealed class JoinPolicyTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(JoinPolicyKind.All, 0, 4, 4)]
    [InlineData(JoinPolicyKind.Any, 0, 4, 1)]
    [InlineData(JoinPolicyKind.Majority, 0, 4, 3)]
    [InlineData(JoinPolicyKind.Majority, 0, 5, 3)]
    [InlineData(JoinPolicyKind.Majority, 0, 2, 2)]
    [InlineData(JoinPolicyKind.AtLeast, 2, 4, 2)]
    [InlineData(JoinPolicyKind.AtLeast, 6, 4, 4)]
    public void The_threshold_is_the_number_of_branches_that_fire_the_join(JoinPolicyKind kind, int atLeast, int inbound, int threshold)
    {
        new JoinPolicy(kind, atLeast).Threshold(inbound).ShouldBe(threshold);
    }

    [Theory]
    [InlineData(JoinPolicyKind.All, false)]
    [InlineData(JoinPolicyKind.Any, true)]
    [InlineData(JoinPolicyKind.Majority, true)]
    [InlineData(JoinPolicyKind.AtLeast, true)]
    public void Every_policy_but_all_cancels_the_branches_that_have_not_arrived(JoinPolicyKind kind, bool cancels)
    {
        new JoinPolicy(kind, 1).CancelsRest.ShouldBe(cancels);
    }

    [Theory]
    [InlineData("", "All", 0)]
    [InlineData(",\"policy\":\"all\"", "All", 0)]
    [InlineData(",\"policy\":\"any\"", "Any", 0)]
    [InlineData(",\"policy\":\"majority\"", "Majority", 0)]
    [InlineData(",\"policy\":{\"atLeast\":2}", "AtLeast", 2)]
    [InlineData(",\"policy\":{\"atLeast\":1}", "AtLeast", 1)]
    [InlineData(",\"policy\":null", "All", 0)]
    public void A_policy_is_read_from_the_definition(string policy, string kind, int atLeast)
    {
        var compiled = host.Get<DefinitionCompiler>().Compile("v1", DefinitionReader.Read(Joined(policy)));

        compiled.Node("sync").Config.ShouldBe(new JoinPolicy(Enum.Parse<JoinPolicyKind>(kind), atLeast));
    }

    [Theory]
    [InlineData("\"most\"")]
    [InlineData("{\"atLeast\":0}")]
    [InlineData("{\"atLeast\":\"two\"}")]
    [InlineData("{\"least\":2}")]
    [InlineData("3")]
    public void A_malformed_policy_is_an_error_naming_the_shapes_allowed(string policy)
    {
        // A misspelt key ({"least": 2}) is also reported as an unknown property, with its suggestion.
        var errors = host.Get<Engine.Validation.DefinitionValidator>().Validate("test.workflow.json", Joined($",\"policy\":{policy}")).Errors
            .Where(e => e.Rule != "unknown-property").ToList();

        var error = errors.ShouldHaveSingleItem(string.Join("\n", errors));
        (error.NodeId, error.Rule).ShouldBe(("sync", "property"));
        error.Message.ShouldBe("property 'policy': must be \"all\", \"any\", \"majority\" or { \"atLeast\": k } with k >= 1");
    }

    private static string Joined(string policy) => Workflow("joined",
        string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Node("sync", "Join", policy), Node("end", "End")),
        string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("a", "sync", "Done"), Edge("b", "sync", "Done"), Edge("sync", "end")));
}
