using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Definitions;
using DienHong.Simulation.Resources;
using DienHong.Workflows.Organization;
using Localized = DienHong.Engine.Resources.Text;

namespace DienHong.Simulation;

/// <summary>
/// Reads a scenario file (tệp kịch bản) and checks it before anything runs: its JSON (a key given twice is refused),
/// its workflow and organisation files, its start time, every step's kind and the nodes the steps name. Throws
/// <see cref="ScenarioException"/> naming the file and the step, or <see cref="OrganizationFormatException"/>
/// naming the organisation file.
/// </summary>
public static class ScenarioReader
{
    /// <summary>The step kinds of docs/format/scenarios.md.</summary>
    public static readonly IReadOnlyList<string> Kinds = ScenarioStepReader.Kinds;

    public static Scenario Load(string path)
    {
        var file = Path.GetFullPath(path);
        var (root, lines) = ReadObject(path, file);
        CheckRootKeys(path, root, lines);
        var folder = Path.GetDirectoryName(file)!;
        var workflowName = Text(path, root, "workflow") ?? throw new ScenarioException(path, null, ScenarioMessages.WorkflowRequired);
        var workflowPath = Path.GetFullPath(Path.Combine(folder, workflowName));
        if (!File.Exists(workflowPath))
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.WorkflowMissing, workflowName, workflowPath));
        }

        // Read within the definition limits: a scenario must not be able to make us load /dev/zero.
        var (workflowJson, workflow) = ReadWorkflow(path, workflowName, () => DefinitionText.ReadFile(workflowPath, new DefinitionLimits()));
        return Build(path, file, root, lines, workflowPath, workflowJson, workflow, () =>
        {
            var organizationName = Text(path, root, "organization");
            var (organizationPath, organization) = ReadOrganization(path, folder, organizationName);
            return (organizationPath, organizationName, organization);
        });
    }

    /// <summary>
    /// Reads a scenario given as text (kịch bản dạng văn bản) against a definition given as text, with the checks of
    /// <see cref="Load"/>: the designer's dry run of an unsaved definition. The scenario's <c>workflow</c> and
    /// <c>organization</c> keys, when present, are not followed: <paramref name="workflowJson"/> and
    /// <paramref name="organization"/> stand for them. Problems are told against <paramref name="name"/> with the line.
    /// </summary>
    public static Scenario Parse(string name, string scenarioJson, string workflowName, string workflowJson, Organization? organization)
    {
        ArgumentNullException.ThrowIfNull(scenarioJson);
        var (root, lines) = ParseObject(name, scenarioJson);
        CheckRootKeys(name, root, lines);
        Text(name, root, "workflow");
        Text(name, root, "organization");
        var (_, workflow) = ReadWorkflow(name, workflowName, () => workflowJson);
        return Build(name, name, root, lines, workflowName, workflowJson, workflow, () => (null, null, organization));
    }

    private static void CheckRootKeys(string path, JsonObject root, JsonLineMap lines)
    {
        if (ScenarioKeys.FirstUnknown(root, ScenarioMessages.TheScenario, ScenarioKeys.Root) is { } unknown)
        {
            throw new ScenarioException(path, null, unknown.Message, lines.LineOf("/" + unknown.Key));
        }
    }

    private static (string Json, WorkflowDefinition Workflow) ReadWorkflow(string path, string workflowName, Func<string> text)
    {
        try
        {
            var json = text();
            return (json, DefinitionReader.Read(json));
        }
        catch (JsonException e)
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.WorkflowUnreadable, workflowName, JsonProblem.Describe(e)));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or DefinitionInputException)
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.WorkflowUnreadable, workflowName, e.Message));
        }
    }

    /// <summary>
    /// The checks common to a file and a text: start, input, steps, then the organisation (read by
    /// <paramref name="organization"/>, with the file name its problems are told against: none for an organisation given) and the agency.
    /// </summary>
    private static Scenario Build(
        string path,
        string file,
        JsonObject root,
        JsonLineMap lines,
        string workflowPath,
        string workflowJson,
        WorkflowDefinition workflow,
        Func<(string? Path, string? Name, Organization? Organization)> organization)
    {
        var startText = Text(path, root, "start") ?? throw new ScenarioException(path, null, ScenarioMessages.StartRequired);
        if (!VietnamTime.TryParse(startText, out var start))
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.StartInvalid, startText), lines.LineOf("/start"));
        }

        if (start.Year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.OutOfRange, "start", startText, VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear));
        }

        if (root["input"] is { } input && input is not JsonObject)
        {
            throw new ScenarioException(path, null, ScenarioMessages.InputObject);
        }

        var steps = new List<ScenarioStep>();
        if (root["steps"] is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                steps.Add(ScenarioStepReader.Read(path, i + 1, array[i], workflow, lines.LineOf));
            }
        }
        else if (root["steps"] is not null)
        {
            throw new ScenarioException(path, null, ScenarioMessages.StepsArray);
        }

        var (organizationPath, organizationName, read) = organization();
        var agency = Text(path, root, "agency");
        if (read is not null && agency is not null && read.Agencies.All(a => a.Id != agency))
        {
            var reason = organizationName is null
                ? Localized.Format(ScenarioMessages.AgencyNotInOrganization, agency)
                : Localized.Format(ScenarioMessages.AgencyUnknown, agency, organizationName);
            throw new ScenarioException(path, null, reason, lines.LineOf("/agency"));
        }

        return new Scenario(file, workflowPath, workflowJson, workflow, organizationPath, agency, start, root["input"]?.DeepClone() as JsonObject, steps)
        {
            Organization = read,
            StartedBy = Text(path, root, "by"),
        };
    }

    private static (JsonObject Root, JsonLineMap Lines) ReadObject(string path, string file)
    {
        if (Directory.Exists(file))
        {
            throw new ScenarioException(path, null, ScenarioMessages.IsFolder);
        }

        if (!File.Exists(file))
        {
            throw new ScenarioException(path, null, ScenarioMessages.NotFound);
        }

        return ParseObject(path, ReadText(path, file));
    }

    private static (JsonObject Root, JsonLineMap Lines) ParseObject(string path, string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new ScenarioException(path, null, JsonProblem.Empty);
        }

        if (JsonProblem.DuplicateKey(json) is { } duplicate)
        {
            throw new ScenarioException(path, null, duplicate);
        }

        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            var root = JsonNode.Parse(json, documentOptions: options) as JsonObject ?? throw new ScenarioException(path, null, JsonProblem.NotAnObject);
            return (root, JsonLineMap.Build(Encoding.UTF8.GetBytes(json), allowTrailingCommas: true));
        }
        catch (JsonException e)
        {
            throw new ScenarioException(path, null, JsonProblem.Describe(e));
        }
    }

    private static (string? Path, Organization? Organization) ReadOrganization(string path, string folder, string? name)
    {
        if (name is null)
        {
            return (null, null);
        }

        var file = Path.GetFullPath(Path.Combine(folder, name));
        if (!File.Exists(file))
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.OrganizationMissing, name));
        }

        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.OrganizationUnreadable, name, e.Message));
        }

        // Problems are told against the path as the scenario writes it, which is the one a person can find.
        return (file, OrganizationJson.Read(json, name));
    }

    private static string ReadText(string path, string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.CannotRead, e.Message));
        }
    }

    /// <summary>A text property; null when absent; any other JSON value is refused.</summary>
    private static string? Text(string path, JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.TextProperty, name, other.ToJsonString())),
    };
}
