using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>
/// Reads and checks one step (bước) of a scenario: its kind, its keys, the nodes it names, and the kind's value.
/// Every problem names the step and the line of the key it is about.
/// </summary>
internal static class ScenarioStepReader
{
    /// <summary>The step kinds of docs/format/scenarios.md.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["complete", "object", "opine", "vote", "signal", "advance", "cancel", "expect"];

    private static readonly string[] NodeKinds = ["complete", "object", "opine", "vote"];

    /// <summary>Reads step <paramref name="number"/>; <paramref name="lineOf"/> gives the line of a JSON pointer in the scenario file.</summary>
    public static ScenarioStep Read(string file, int number, JsonNode? node, WorkflowDefinition workflow, Func<string, int?> lineOf)
    {
        var pointer = $"/steps/{number - 1}";
        try
        {
            return Read(number, node, workflow);
        }
        catch (ScenarioProblem problem)
        {
            throw new ScenarioException(file, number, problem.Message, lineOf(problem.Key is null ? pointer : $"{pointer}/{problem.Key}"));
        }
    }

    private static ScenarioStep Read(int number, JsonNode? node, WorkflowDefinition workflow)
    {
        if (node is not JsonObject body)
        {
            throw new ScenarioProblem(ScenarioMessages.StepObject);
        }

        var kinds = body.Select(p => p.Key).Where(k => Kinds.Contains(k)).ToList();
        if (kinds.Count != 1)
        {
            throw new ScenarioProblem(kinds.Count == 0
                ? Text.Format(ScenarioMessages.StepUnknownKind, string.Join(", ", body.Select(p => p.Key)), string.Join(", ", Kinds))
                : Text.Format(ScenarioMessages.StepSeveralKinds, string.Join(", ", kinds)));
        }

        var step = new ScenarioStep(number, kinds[0], body[kinds[0]], body);
        if (ScenarioKeys.FirstUnknown(body, $"'{step.Kind}'", ScenarioKeys.OfStep(step.Kind)) is { } unknown)
        {
            throw new ScenarioProblem(unknown.Message, unknown.Key);
        }

        if (step.Target is null && (NodeKinds.Contains(step.Kind) || step.Kind == "signal"))
        {
            throw new ScenarioProblem(step.Kind == "signal" ? ScenarioMessages.StepNeedsSignal : Text.Format(ScenarioMessages.StepNeedsNode, step.Kind), step.Kind);
        }

        if (body.ContainsKey("refused"))
        {
            CheckRefused(body["refused"]);
        }

        switch (step.Kind)
        {
            case "complete":
                CheckNode(workflow, step.Target!, "complete", "complete");
                if (step.Text("outcome") is null)
                {
                    throw new ScenarioProblem(Text.Format(ScenarioMessages.CompleteNeedsOutcome, step.Target), body.ContainsKey("outcome") ? "outcome" : null);
                }

                break;
            case "object" or "opine" or "vote":
                CheckNode(workflow, step.Target!, step.Kind, step.Kind);
                break;
            case "advance":
                if (AdvanceTarget.Read(step.Value, out var problem) is null)
                {
                    throw new ScenarioProblem(problem!, "advance");
                }

                break;
            case "expect":
                return step with { Journal = CheckExpect(step, workflow) };
        }

        return step;
    }

    private static void CheckRefused(JsonNode? value)
    {
        var code = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (code is null || !KnownNames.RefusalCodes.Contains(code))
        {
            var hint = code is null ? string.Empty : ScenarioKeys.Hint(code, KnownNames.RefusalCodes);
            throw new ScenarioProblem(Text.Format(ScenarioMessages.RefusedUnknown, code ?? value?.ToJsonString() ?? "null", hint, string.Join(", ", KnownNames.RefusalCodes)), "refused");
        }
    }

    private static void CheckNode(WorkflowDefinition workflow, string id, string where, string key)
    {
        if (workflow.FindNode(id) is null)
        {
            throw new ScenarioProblem(Text.Format(ScenarioMessages.UnknownNode, where, id, workflow.Key, string.Join(", ", workflow.Nodes.Select(n => n.Id))), key);
        }
    }

    private static List<JournalExpectation> CheckExpect(ScenarioStep step, WorkflowDefinition workflow)
    {
        if (step.Value is not JsonObject expect)
        {
            throw new ScenarioProblem(ScenarioMessages.ExpectShape, "expect");
        }

        if (ScenarioKeys.FirstUnknown(expect, "'expect'", ScenarioKeys.Expect) is { } unknown)
        {
            throw new ScenarioProblem(unknown.Message, "expect/" + unknown.Key);
        }

        var journal = new List<JournalExpectation>();
        foreach (var (key, value) in expect)
        {
            var at = "expect/" + key;
            if (key is "openTasks" or "overdue")
            {
                if (value is not JsonArray list || list.Any(n => n is not JsonValue v || !v.TryGetValue<string>(out _)))
                {
                    throw new ScenarioProblem(Text.Format(ScenarioMessages.ExpectNodeList, key), at);
                }

                foreach (var id in list)
                {
                    CheckNode(workflow, id!.GetValue<string>(), $"expect.{key}", at);
                }
            }
            else if (key == "dueDates")
            {
                CheckDueDates(workflow, value, at);
            }
            else if (key == "journal")
            {
                if (value is not JsonArray assertions)
                {
                    throw new ScenarioProblem(ScenarioMessages.JournalList, at);
                }

                for (var i = 0; i < assertions.Count; i++)
                {
                    try
                    {
                        journal.Add(JournalExpectation.Read(assertions[i], workflow));
                    }
                    catch (ScenarioProblem problem)
                    {
                        throw new ScenarioProblem(problem.Message, problem.Key is null ? $"{at}/{i}" : $"{at}/{i}/{problem.Key}");
                    }
                }
            }
            else if (key == "vars" && value is not JsonObject)
            {
                throw new ScenarioProblem(ScenarioMessages.ExpectVars, at);
            }
            else if (key == "status" && (value is not JsonValue s || !s.TryGetValue<string>(out _)))
            {
                throw new ScenarioProblem(Text.Format(ScenarioMessages.ExpectStatus, value?.ToJsonString() ?? "null"), at);
            }
        }

        return journal;
    }

    private static void CheckDueDates(WorkflowDefinition workflow, JsonNode? value, string at)
    {
        if (value is not JsonObject dates)
        {
            throw new ScenarioProblem(ScenarioMessages.ExpectDueDatesShape, at);
        }

        foreach (var (id, date) in dates)
        {
            CheckNode(workflow, id, "expect.dueDates", $"{at}/{id}");
            if (date is not JsonValue d || !d.TryGetValue<string>(out var text) || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new ScenarioProblem(Text.Format(ScenarioMessages.ExpectDueDate, id, date?.ToJsonString() ?? "null"), $"{at}/{id}");
            }
        }
    }
}
