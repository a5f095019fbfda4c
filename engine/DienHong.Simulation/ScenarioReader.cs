using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;

namespace DienHong.Simulation;

/// <summary>
/// Reads a scenario file (tệp kịch bản) and checks it before anything runs: its JSON, its workflow file, every step's
/// kind and the nodes the steps name. Throws <see cref="ScenarioException"/> naming the file and the step.
/// </summary>
public static class ScenarioReader
{
    /// <summary>The step kinds of FORMAT.md §2.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["complete", "object", "opine", "vote", "signal", "advance", "cancel", "expect"];

    private static readonly string[] NodeKinds = ["complete", "object", "opine", "vote"];
    private static readonly string[] ExpectKeys = ["status", "outcome", "openTasks", "overdue", "vars", "dueDates"];

    public static Scenario Load(string path)
    {
        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
        {
            throw new ScenarioException(path, null, "the file does not exist");
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new ScenarioException(path, null, "a scenario is a JSON object");
        }
        catch (JsonException e)
        {
            throw new ScenarioException(path, null, $"malformed JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: {e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]}");
        }

        var workflowName = Text(root, "workflow") ?? throw new ScenarioException(path, null, "'workflow' (the definition file, relative to the scenario) is required");
        var workflowPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, workflowName));
        if (!File.Exists(workflowPath))
        {
            throw new ScenarioException(path, null, $"the workflow file '{workflowName}' does not exist (looked for {workflowPath})");
        }

        string workflowJson;
        WorkflowDefinition workflow;
        try
        {
            // Read within the definition limits: a scenario must not be able to make us load /dev/zero.
            workflowJson = DefinitionText.ReadFile(workflowPath, new DefinitionLimits());
            workflow = DefinitionReader.Read(workflowJson);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException or DefinitionInputException)
        {
            throw new ScenarioException(path, null, $"the workflow file '{workflowName}' cannot be read: {e.Message}");
        }

        var startText = Text(root, "start") ?? throw new ScenarioException(path, null, "'start' (an ISO 8601 time, e.g. 2027-02-01T08:00:00+07:00) is required");
        if (!DateTimeOffset.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            throw new ScenarioException(path, null, $"'start' is not an ISO 8601 time: '{startText}'");
        }

        if (root["input"] is { } input && input is not JsonObject)
        {
            throw new ScenarioException(path, null, "'input' must be an object");
        }

        var steps = new List<ScenarioStep>();
        if (root["steps"] is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                steps.Add(ReadStep(path, i + 1, array[i], workflow));
            }
        }
        else if (root["steps"] is not null)
        {
            throw new ScenarioException(path, null, "'steps' must be an array");
        }

        string? organizationPath = null;
        if (Text(root, "organization") is { } organization)
        {
            organizationPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", organization));
            if (!File.Exists(organizationPath))
            {
                throw new ScenarioException(path, null, $"'organization': the file '{organization}' does not exist (paths are relative to the scenario file)");
            }
        }

        return new Scenario(path, workflowPath, workflowJson, workflow, organizationPath, Text(root, "agency"), start, root["input"]?.DeepClone() as JsonObject, steps);
    }

    private static ScenarioStep ReadStep(string file, int number, JsonNode? node, WorkflowDefinition workflow)
    {
        if (node is not JsonObject body)
        {
            throw new ScenarioException(file, number, "a step is a JSON object");
        }

        var kinds = body.Select(p => p.Key).Where(k => Kinds.Contains(k)).ToList();
        if (kinds.Count != 1)
        {
            var keys = string.Join(", ", body.Select(p => p.Key));
            throw new ScenarioException(file, number, kinds.Count == 0
                ? $"unknown step kind (keys: {keys}); a step is one of {string.Join(", ", Kinds)}"
                : $"a step has one kind, found {string.Join(", ", kinds)}");
        }

        var step = new ScenarioStep(number, kinds[0], body[kinds[0]], body);
        void Fail(string reason) => throw new ScenarioException(file, number, reason);
        void CheckNode(string id, string where)
        {
            if (workflow.FindNode(id) is null)
            {
                Fail($"{where}: unknown node '{id}' (the workflow '{workflow.Key}' has {string.Join(", ", workflow.Nodes.Select(n => n.Id))})");
            }
        }

        if (NodeKinds.Contains(step.Kind) || step.Kind is "signal" or "cancel")
        {
            if (step.Target is null && step.Kind != "cancel")
            {
                Fail($"'{step.Kind}' takes a text: the {(step.Kind == "signal" ? "signal's name" : "node id")}");
            }
        }

        switch (step.Kind)
        {
            case "complete":
                CheckNode(step.Target!, "complete");
                if (step.Text("outcome") is null)
                {
                    Fail($"'complete' of '{step.Target}' needs an 'outcome'");
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
            fail("'expect' takes an object with any of status, outcome, openTasks, overdue, vars, dueDates");
            return;
        }

        foreach (var (key, value) in expect)
        {
            if (!ExpectKeys.Contains(key))
            {
                fail($"'expect' has an unknown key '{key}' (status, outcome, openTasks, overdue, vars, dueDates)");
            }

            if (key is "openTasks" or "overdue")
            {
                if (value is not JsonArray list || list.Any(n => n is not JsonValue v || !v.TryGetValue<string>(out _)))
                {
                    fail($"'expect.{key}' is a list of node ids");
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
                    fail("'expect.dueDates' is an object { \"<node id>\": \"<ISO date>\" }");
                    return;
                }

                foreach (var (id, date) in dates)
                {
                    checkNode(id, "expect.dueDates");
                    if (date is not JsonValue d || !d.TryGetValue<string>(out var text) || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        fail($"'expect.dueDates.{id}' must be a date yyyy-MM-dd, found {date?.ToJsonString() ?? "null"}");
                    }
                }
            }
            else if (key == "vars" && value is not JsonObject)
            {
                fail("'expect.vars' is an object of the variables to match");
            }
        }
    }

    private static string? Text(JsonObject obj, string name) => obj[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
