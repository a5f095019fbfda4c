using System.CommandLine;
using System.Text.Json;
using DienHong.Cli.Resources;
using DienHong.Simulation;

namespace DienHong.Cli;

/// <summary><c>dienhong simulate &lt;scenario.json&gt; [--json]</c>: chạy thử kịch bản với đồng hồ giả lập.</summary>
public static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = CliMessages.ScenarioArgument };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var command = new Command("simulate", CliMessages.SimulateDescription) { scenario, json };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(scenario)!, parse.GetValue(json), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string scenario, bool json, CancellationToken cancellationToken = default)
    {
        SimulationResult result;
        try
        {
            result = await ScenarioRunner.RunAsync(scenario, cancellationToken);
        }
        catch (ScenarioException e)
        {
            await context.Error.WriteLineAsync(e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync(CliApp.F(CliMessages.CannotRead, scenario, e.Message));
            return ExitCodes.BadInput;
        }

        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(result, SimulationJson.Options));
        }
        else
        {
            WriteHuman(context.Out, result);
        }

        return result.Passed ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    private static void WriteHuman(TextWriter output, SimulationResult result)
    {
        var table = new TextTable([CliMessages.ColSeq, CliMessages.ColAt, CliMessages.ColNode, CliMessages.ColEvent, CliMessages.ColActor, CliMessages.ColOutcome, CliMessages.ColComment]);
        foreach (var j in result.Journal)
        {
            table.Add([j.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), j.At, j.Node, j.Event, j.Actor, j.Outcome, j.Comment]);
        }

        table.Write(output);
        output.WriteLine();
        output.WriteLine(CliApp.F(CliMessages.StatusLine, result.Status));
        if (result.Outcome is not null)
        {
            output.WriteLine(CliApp.F(CliMessages.OutcomeLine, result.Outcome));
        }

        output.WriteLine(CliApp.F(CliMessages.VarsLine, result.Vars.ToJsonString(SimulationJson.CompactOptions)));
        if (result.OpenTasks.Count == 0)
        {
            output.WriteLine(CliMessages.NoOpenTasks);
        }
        else
        {
            output.WriteLine(CliMessages.OpenTasksHeader);
            foreach (var t in result.OpenTasks)
            {
                output.WriteLine(CliApp.F(CliMessages.OpenTaskLine, t.Node, t.Assignee, DueText(t.Due, result.EndedAt)));
            }
        }

        output.WriteLine();
        if (result.Passed)
        {
            output.WriteLine(CliMessages.ScenarioPassed);
            return;
        }

        output.WriteLine(CliMessages.ScenarioFailed);
        foreach (var failure in result.Failures)
        {
            output.WriteLine("  " + failure);
        }
    }

    /// <summary>The due time and, told by the working calendar, how long is left or how late it is.</summary>
    private static string DueText(string? due, DateTimeOffset? now)
    {
        if (due is null)
        {
            return CliMessages.NoDue;
        }

        if (now is null || !DateTimeOffset.TryParse(due, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at))
        {
            return due;
        }

        return $"{due} ({Calendar.DeadlineText.Describe(at, now.Value, SimulationHost.Calendar, System.Globalization.CultureInfo.CurrentUICulture)})";
    }
}
