using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>Reads and checks one step (bước) of a scenario: its kind, the node it names, and the kind's value.</summary>
internal static class ScenarioStepReader
{
    /// <summary>The step kinds of docs/format/scenarios.md.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["complete", "object", "opine", "vote", "signal", "advance", "cancel", "expect"];

    private static readonly string[] NodeKinds = ["complete", "object", "opine", "vote"];
    private static readonly string[] ExpectKeys = ["status", "outcome", "openTasks", "overdue", "vars", "dueDates"];

    public static ScenarioStep Read(string file, int number, JsonNode? node, WorkflowDefinition workflow)
    {
        if (node is not JsonObject body)
        {
            throw new ScenarioException(file, number, ScenarioMessages.StepObject);
        }

        var kinds = body.Select(p => p.Key).Where(k => Kinds.Contains(k)).ToList();
        if (kinds.Count != 1)
        {
            throw new ScenarioException(file, number, kinds.Count == 0
                ? Text.Format(ScenarioMessages.StepUnknownKind, string.Join(", ", body.Select(p => p.Key)), string.Join(", ", Kinds))
                : Text.Format(ScenarioMessages.StepSeveralKinds, string.Join(", ", kinds)));
        }

        var step = new ScenarioStep(number, kinds[0], body[kinds[0]], body);
        void Fail(string reason) => throw new ScenarioException(file, number, reason);
        void CheckNode(string id, string where)
        {
            if (workflow.FindNode(id) is null)
            {
                Fail(Text.Format(ScenarioMessages.UnknownNode, where, id, workflow.Key, string.Join(", ", workflow.Nodes.Select(n => n.Id))));
            }
        }

        if (step.Target is null && (NodeKinds.Contains(step.Kind) || step.Kind == "signal"))
        {
            Fail(step.Kind == "signal" ? ScenarioMessages.StepNeedsSignal : Text.Format(ScenarioMessages.StepNeedsNode, step.Kind));
        }

        switch (step.Kind)
        {
            case "complete":
                CheckNode(step.Target!, "complete");
                if (step.Text("outcome") is null)
                {
                    Fail(Text.Format(ScenarioMessages.CompleteNeedsOutcome, step.Target));
                }

                break;
            case "object" or "opine" or "vote":
                CheckNode(step.Target!, step.Kind);
                break;
            case "advance":
                if (AdvanceTarget.Read(step.Value, out var problem) is null)
                {
                    Fail(problem!);
                }

                break;
            case "expect":
                CheckExpect(step, Fail, CheckNode);
                break;
        }

        return step;
    }

    private static void CheckExpect(ScenarioStep step, Action<string> fail, Action<string, string> checkNode)
    {
        if (step.Value is not JsonObject expect)
        {
            fail(ScenarioMessages.ExpectShape);
            return;
        }

        foreach (var (key, value) in expect)
        {
            if (!ExpectKeys.Contains(key))
            {
                fail(Text.Format(ScenarioMessages.ExpectUnknownKey, key));
            }

            if (key is "openTasks" or "overdue")
            {
                if (value is not JsonArray list || list.Any(n => n is not JsonValue v || !v.TryGetValue<string>(out _)))
                {
                    fail(Text.Format(ScenarioMessages.ExpectNodeList, key));
                    return;
                }

                foreach (var id in list)
                {
                    checkNode(id!.GetValue<string>(), $"expect.{key}");
                }
            }
            else if (key == "dueDates")
            {
                if (value is not JsonObject dates)
                {
                    fail(ScenarioMessages.ExpectDueDatesShape);
                    return;
                }

                foreach (var (id, date) in dates)
                {
                    checkNode(id, "expect.dueDates");
                    if (date is not JsonValue d || !d.TryGetValue<string>(out var text) || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        fail(Text.Format(ScenarioMessages.ExpectDueDate, id, date?.ToJsonString() ?? "null"));
                    }
                }
            }
            else if (key == "vars" && value is not JsonObject)
            {
                fail(ScenarioMessages.ExpectVars);
            }
            else if (key == "status" && (value is not JsonValue s || !s.TryGetValue<string>(out _)))
            {
                fail(Text.Format(ScenarioMessages.ExpectStatus, value?.ToJsonString() ?? "null"));
            }
        }
    }
}
