using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Resources;
using DienHong.Engine.Validation;
using DienHong.Simulation;
using DienHong.Web.Resources;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// The designer's dry run (chạy thử): plays a scenario (the format of <c>dienhong simulate</c>) on a definition as it
/// is being edited, unsaved, with the server's organisation and working calendar, on a throw-away SQLite file of its
/// own: the server's database is never touched. Anyone signed in may run one, since it changes nothing. A bad
/// definition or scenario is refused with findings naming the line and the rule; a run is bounded by the engine's
/// step budget, a wall-clock budget, a number of steps and of runs at once.
/// </summary>
public sealed class DryRunService(DefinitionValidator validator, OrganizationDirectory organization, IWorkingCalendar calendar, DryRunLimits limits) : IDisposable
{
    /// <summary>The names the definition and the scenario are told by in findings.</summary>
    public const string DefinitionName = "definition.workflow.json", ScenarioName = "scenario.json";

    private readonly SemaphoreSlim gate = new(limits.Concurrent, limits.Concurrent);

    public Task<ServiceResult<DryRunResult>> RunAsync(PersonAccess access, JsonObject definition, string scenarioJson, CancellationToken cancellationToken = default) =>
        RunAsync(access, definition, scenarioJson, null, cancellationToken);

    /// <summary>Runs the scenario; <paramref name="progress"/> hears of each step as soon as it is played.</summary>
    public async Task<ServiceResult<DryRunResult>> RunAsync(PersonAccess access, JsonObject definition, string scenarioJson, IProgress<DryRunStep>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(scenarioJson);
        if (!access.IsSignedIn)
        {
            return new ServiceRefusal(RefusalKind.Forbidden, DryRunRefusals.SignInRequired);
        }

        var json = definition.ToJsonString();
        if (json.Length > limits.MaxDefinitionChars)
        {
            return new ServiceRefusal(RefusalKind.Invalid, DryRunRefusals.DefinitionTooLarge, json.Length, limits.MaxDefinitionChars);
        }

        if (scenarioJson.Length > limits.MaxScenarioChars)
        {
            return new ServiceRefusal(RefusalKind.Invalid, DryRunRefusals.ScenarioTooLarge, scenarioJson.Length, limits.MaxScenarioChars);
        }

        var report = validator.Validate(DefinitionName, json);
        if (!report.IsValid)
        {
            return new ServiceRefusal(RefusalKind.Invalid, DryRunRefusals.DefinitionInvalid, report.Errors.Count, report.Errors[0].ToString())
            {
                Details = report.Errors.Select(e => new DryRunFinding("definition", e.Line, e.Column, null, e.NodeId, e.Rule, e.Message)).ToList(),
            };
        }

        Scenario scenario;
        try
        {
            scenario = ScenarioReader.Parse(ScenarioName, scenarioJson, DefinitionName, json, organization.Organization);
        }
        catch (ScenarioException e)
        {
            return ScenarioInvalid(e);
        }

        if (scenario.Steps.Count > limits.MaxSteps)
        {
            return new ServiceRefusal(RefusalKind.Invalid, DryRunRefusals.TooManySteps, scenario.Steps.Count, limits.MaxSteps);
        }

        return await PlayAsync(scenario, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ServiceResult<DryRunResult>> PlayAsync(Scenario scenario, IProgress<DryRunStep>? progress, CancellationToken cancellationToken)
    {
        var reader = new DryRunSteps(scenario.Workflow, organization, scenario.Agency);
        var steps = new List<DryRunStep>();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(limits.WallClock);
        try
        {
            await gate.WaitAsync(budget.Token).ConfigureAwait(false);
            try
            {
                var result = await ScenarioRunner.RunAsync(scenario, new SimulationOptions(new CalendarDays(calendar)), r =>
                {
                    var step = reader.Read(r);
                    steps.Add(step);
                    progress?.Report(step);
                    return ValueTask.CompletedTask;
                }, budget.Token).ConfigureAwait(false);
                return new DryRunResult(scenario.Agency, result.Status, result.Outcome, result.Passed, steps, DryRunResult.PathOf(steps));
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seconds = limits.WallClock.TotalSeconds.ToString("0.#", CultureInfo.CurrentCulture);
            return new DryRunResult(scenario.Agency, steps.Count > 0 ? steps[^1].Status : "NotStarted", null, false, steps, DryRunResult.PathOf(steps))
            {
                Stopped = Text.Format(DesignerDryRunText.TimeBudget, seconds),
            };
        }
        catch (ScenarioException e)
        {
            // Found only while playing, e.g. an 'advance' past the calendar's last year.
            return ScenarioInvalid(e);
        }
        catch (CalendarFileException e)
        {
            return new ServiceRefusal(RefusalKind.Conflict, DryRunRefusals.CalendarBroken, e.Message);
        }
    }

    public void Dispose() => gate.Dispose();

    private static ServiceRefusal ScenarioInvalid(ScenarioException e) =>
        new(RefusalKind.Invalid, DryRunRefusals.ScenarioInvalid, e.Message)
        {
            Details = new[] { new DryRunFinding("scenario", e.Line, null, e.Step, null, e.Step is null ? "scenario.file" : "scenario.step", e.Reason) },
        };
}
