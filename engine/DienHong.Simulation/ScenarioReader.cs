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
        if (ScenarioKeys.FirstUnknown(root, ScenarioMessages.TheScenario, ScenarioKeys.Root) is { } unknown)
        {
            throw new ScenarioException(path, null, unknown.Message, lines.LineOf("/" + unknown.Key));
        }

        var folder = Path.GetDirectoryName(file)!;
        var workflowName = Text(path, root, "workflow") ?? throw new ScenarioException(path, null, ScenarioMessages.WorkflowRequired);
        var workflowPath = Path.GetFullPath(Path.Combine(folder, workflowName));
        if (!File.Exists(workflowPath))
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.WorkflowMissing, workflowName, workflowPath));
        }

        string workflowJson;
        WorkflowDefinition workflow;
        try
        {
            // Read within the definition limits: a scenario must not be able to make us load /dev/zero.
            workflowJson = DefinitionText.ReadFile(workflowPath, new DefinitionLimits());
            workflow = DefinitionReader.Read(workflowJson);
        }
        catch (JsonException e)
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.WorkflowUnreadable, workflowName, JsonProblem.Describe(e)));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or DefinitionInputException)
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.WorkflowUnreadable, workflowName, e.Message));
        }

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

        var organizationName = Text(path, root, "organization");
        var (organizationPath, organization) = ReadOrganization(path, folder, organizationName);
        var agency = Text(path, root, "agency");
        if (organization is not null && agency is not null && organization.Agencies.All(a => a.Id != agency))
        {
            throw new ScenarioException(path, null, Localized.Format(ScenarioMessages.AgencyUnknown, agency, organizationName));
        }

        return new Scenario(file, workflowPath, workflowJson, workflow, organizationPath, agency, start, root["input"]?.DeepClone() as JsonObject, steps)
        {
            Organization = organization,
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

        var json = ReadText(path, file);
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
