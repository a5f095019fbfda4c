using System.Globalization;
using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Definitions;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Storage;
using DienHong.Simulation;
using DienHong.Web.Application.Instances;
using DienHong.Web.Resources;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// Turns what each step of a run did into a <see cref="DryRunStep"/> (bước chạy thử) as people read it: a label
/// naming who did what at which node, the journal with node and people names, the nodes entered and completed, and
/// the deadlines of the tasks opened.
/// </summary>
internal sealed class DryRunSteps(WorkflowDefinition workflow, OrganizationDirectory organization, string? agency)
{
    // A waiting node's own completion, as its journal tells it; the other events show a node entered or working.
    private static readonly HashSet<string> Completions =
        [JournalEvents.NodeCompleted, JournalEvents.TaskCompleted, JournalEvents.ReviewCompleted, JournalEvents.InstanceCompleted];

    private readonly HashSet<string> seen = [];

    public DryRunStep Read(ScenarioStepReport report)
    {
        var entered = new List<string>();
        var completed = new List<string>();
        var open = report.Open.Select(b => b.NodeId).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in report.Written.Where(e => e.NodeId is not null))
        {
            var id = entry.NodeId!;
            var done = Completions.Contains(entry.Event);
            // A node passed through within the step (a SetVariable, a Notify) is entered and completed in it.
            if ((!done || !seen.Contains(id)) && !entered.Contains(id))
            {
                entered.Add(id);
            }

            if (done && !open.Contains(id) && !completed.Contains(id))
            {
                completed.Add(id);
            }

            seen.Add(id);
        }

        var due = report.Opened.Where(b => b.DueAt is not null)
            .Select(b => new DryRunDue(b.NodeId, workflow.FindNode(b.NodeId)?.Name, b.Assignee, b.DueAt!.Value, SimulationJson.DueDate(b.DueAt.Value)))
            .ToList();
        return new DryRunStep(
            report.Step?.Number ?? 0,
            report.Step?.Kind ?? "start",
            Label(report.Step, report.At),
            report.Step?.Target is { } target && workflow.FindNode(target) is not null ? target : entered.FirstOrDefault() ?? completed.FirstOrDefault(),
            report.At,
            report.Status,
            entered,
            completed,
            due,
            [.. report.Written.Select(Item)],
            report.Failures);
    }

    private string Label(ScenarioStep? step, DateTimeOffset at)
    {
        var who = Who(step?.Text("by"), at);
        var node = step?.Target is { } target ? workflow.FindNode(target)?.DisplayName(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? target : null;
        return step?.Kind switch
        {
            null => Format(DesignerDryRunText.StepStart, who),
            "complete" => Format(DesignerDryRunText.StepComplete, who, node, step.Text("outcome")),
            "object" => Format(DesignerDryRunText.StepObject, who, node),
            "opine" => Format(DesignerDryRunText.StepOpine, who, node),
            "vote" => Format(DesignerDryRunText.StepVote, who, node),
            "signal" => Format(DesignerDryRunText.StepSignal, step.Target),
            "advance" => Format(DesignerDryRunText.StepAdvance, TimeZoneInfo.ConvertTime(at, WorkingCalendar.VietnamTimeZone).ToString("g", CultureInfo.CurrentCulture)),
            "cancel" => Format(DesignerDryRunText.StepCancel, who),
            _ => DesignerDryRunText.StepExpect,
        };
    }

    /// <summary>A person's name, a role as the people holding it in the case's agency that day, or the id as written.</summary>
    private string Who(string? by, DateTimeOffset at)
    {
        if (by is null)
        {
            return DesignerDryRunText.Someone;
        }

        if (organization.FindPerson(by) is { } person)
        {
            return person.FullName;
        }

        if (agency is not null && Roles.All.Contains(by))
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, WorkingCalendar.VietnamTimeZone).DateTime);
            var holders = organization.InRole(agency, by, day);
            if (holders.Count > 0)
            {
                return string.Join(", ", holders.Select(p => p.FullName));
            }
        }

        return by;
    }

    private JournalItem Item(JournalEntry e) => new(
        e.Seq,
        e.At,
        e.NodeId,
        e.NodeId is null ? null : workflow.FindNode(e.NodeId)?.Name,
        e.Event,
        e.Actor,
        e.Actor is null ? null : organization.FindPerson(e.Actor)?.FullName,
        e.Outcome,
        e.Comment,
        Data(e.Data));

    private static JsonElement? Data(string? data)
    {
        if (data is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(data);
        return document.RootElement.Clone();
    }

    private static string Format(string template, params object?[] args) => Text.Format(template, args);
}
