using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Validation;

/// <summary>
/// The rules about how tokens flow: every outcome routed, no loop that never waits, no join waiting for a branch
/// that cannot come. Each reports (line, node, edge, rule, message) through <c>add</c> (an error) or <c>warn</c>.
/// </summary>
internal static class FlowChecks
{
    public static void Check(WorkflowDefinition d, ActivityRegistry activities, Action<int?, string?, int?, string, string> add, Action<int?, string?, int?, string, string> warn)
    {
        var graph = new FlowGraph(d, activities);
        OutcomeRoutingCheck.Check(graph, add);
        CycleCheck.Check(graph, warn);
        JoinReachabilityCheck.Check(graph, add);
    }
}
