using System.Globalization;
using System.Text.Json.Nodes;

namespace DienHong.Simulation;

/// <summary>
/// The report of a run (báo cáo chạy thử): end state, journal and open tasks, with the ids the journal keeps and the
/// names people read: a node's name in the current UI language, a person's full name when the scenario has an
/// organisation (a role is told as the people holding it that day).
/// </summary>
internal static class ScenarioReport
{
    public static async Task<SimulationResult> CreateAsync(SimulationHost host, Scenario scenario, string? instanceId, List<string> failures, CancellationToken cancellationToken)
    {
        if (instanceId is null)
        {
            return new SimulationResult("NotStarted", null, [], [], [], failures) { Scenario = scenario.File, Workflow = scenario.WorkflowPath };
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        string? NodeName(string? id) => id is null ? null : scenario.Workflow.FindNode(id)?.DisplayName(language);
        var state = await ScenarioRunner.SnapshotAsync(host, instanceId, cancellationToken);
        var journal = (await host.JournalAsync(instanceId, cancellationToken))
            .Select(j => new JournalView(j.Seq, SimulationJson.Iso(j.At), j.NodeId, j.Event, j.Actor, j.Outcome, j.Comment)
            {
                NodeName = NodeName(j.NodeId),
                ActorName = PeopleNames(host, scenario.Agency, j.Actor, j.At),
                Data = j.Data is null ? null : JsonNode.Parse(j.Data),
            })
            .ToList();
        var open = state.Tasks.Select(b => new OpenTaskView(b.NodeId, b.Assignee, b.DueAt is { } d ? SimulationJson.Iso(d) : null)
        {
            NodeName = NodeName(b.NodeId),
            AssigneeName = PeopleNames(host, scenario.Agency, b.Assignee, state.Now),
            DueDate = b.DueAt is { } due ? SimulationJson.DueDate(due).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        }).ToList();
        return new SimulationResult(state.Status, state.Outcome, state.Vars, open, journal, failures)
        {
            EndedAt = host.Clock.GetUtcNow(),
            Scenario = scenario.File,
            Workflow = scenario.WorkflowPath,
        };
    }

    /// <summary>The full names behind an actor or assignee (<c>E0142</c>, <c>user:E0142</c>, <c>role:head</c>); null when no organisation tells them.</summary>
    private static string? PeopleNames(SimulationHost host, string? agency, string? who, DateTimeOffset at)
    {
        if (who is null || host.OrganizationDirectory is not { } directory)
        {
            return null;
        }

        if (who.StartsWith("role:", StringComparison.Ordinal))
        {
            if (agency is null || host.Assignees is not { } assignees)
            {
                return null;
            }

            try
            {
                var ids = assignees.Resolve(who, agency, at);
                return ids.Count == 0 ? null : string.Join(", ", ids.Select(id => directory.FindPerson(id)?.FullName ?? id));
            }
            catch (ArgumentException)
            {
                // A role the organisation does not know: the id is all there is to show.
                return null;
            }
        }

        var personId = who.StartsWith("user:", StringComparison.Ordinal) ? who[5..] : who;
        return directory.FindPerson(personId)?.FullName;
    }
}
