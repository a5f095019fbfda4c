using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;

namespace DienHong.Engine.Validation;

/// <summary>
/// Rule <c>unrouted-outcome</c>: every outcome a node can produce (but <c>Faulted</c>) has an edge, an edge without
/// outcome, or an <c>ends</c> entry, so that no decision is lost. A node whose only outcome is the default one and
/// that has no edges at all is a legal end of its branch (implicit termination). Rule <c>ends</c>: every entry of
/// <c>ends</c> names an outcome of the node that no edge takes.
/// </summary>
internal static class OutcomeRoutingCheck
{
    private const string Rule = "unrouted-outcome";

    public static void Check(FlowGraph graph, Action<int?, string?, int?, string, string> add)
    {
        // An End never completes: it ends the case, so it routes nothing.
        foreach (var node in graph.Nodes.Where(n => n.Type != "End"))
        {
            var activity = graph.Activity(node);
            var edges = graph.Outgoing(node.Id).ToList();
            var ends = NodeEnds.Read(node, _ => { });
            var unconditional = edges.Any(e => e.Outcome is null);
            CheckEnds(node, activity.Outcomes(node), edges, ends, unconditional, add);
            var possible = activity.PossibleOutcomes(node).Where(o => o != Outcomes.Faulted).ToList();
            if (unconditional)
            {
                continue;
            }

            if (possible.Count == 0 && edges.Count > 0)
            {
                add(node.Line, node.Id, null, Rule, ValidationMessages.UnroutedDefault);
            }

            var missing = possible.Where(o => !edges.Any(e => e.Outcome == o) && !ends.ContainsKey(o)).ToList();
            if (missing.Count > 0)
            {
                add(node.Line, node.Id, null, Rule, Text.Format(ValidationMessages.UnroutedOutcomes, string.Join(", ", missing.Select(o => $"'{o}'")), missing[0]));
            }
        }
    }

    private static void CheckEnds(NodeDefinition node, IReadOnlyList<string> outcomes, List<EdgeDefinition> edges, IReadOnlyDictionary<string, string?> ends, bool unconditional,
        Action<int?, string?, int?, string, string> add)
    {
        foreach (var entry in ends.Keys)
        {
            if (!outcomes.Contains(entry))
            {
                var known = outcomes.Count == 0 ? ValidationMessages.NoOutcomes : string.Join(", ", outcomes);
                add(node.Line, node.Id, null, "ends", Text.Format(ValidationMessages.EndsUnknownOutcome, entry, node.Type, known));
            }
            else if (unconditional || edges.Any(e => e.Outcome == entry))
            {
                add(node.Line, node.Id, null, "ends", Text.Format(ValidationMessages.EndsShadowed, entry));
            }
        }
    }
}
