using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DienHong.Calendar;
using DienHong.Cli.Resources;
using DienHong.Simulation;
using Microsoft.Data.Sqlite;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong simulate &lt;scenario.json&gt; [--json] [--keep-db [&lt;path&gt;]]</c>: chạy thử kịch bản với đồng hồ
/// giả lập, trên cơ sở dữ liệu tạm hoặc được giữ lại.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = CliMessages.ScenarioArgument };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var keep = new Option<string?>("--keep-db") { Description = CliMessages.KeepDbOption, Arity = ArgumentArity.ZeroOrOne, HelpName = "path" };
        var command = new Command("simulate", CliMessages.SimulateDescription) { scenario, json, keep };
        command.SetAction((parse, cancellationToken) =>
        {
            var keepDatabase = parse.GetResult(keep) is null ? null : DatabasePaths.ForWriting(parse.GetValue(keep));
            return RunAsync(context, context.Calendar(parse), parse.GetValue(scenario)!, keepDatabase, parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, WorkingCalendar calendar, string scenario, string? keepDatabase, bool json, CancellationToken cancellationToken)
    {
        SimulationResult result;
        try
        {
            result = await ScenarioRunner.RunAsync(scenario, new SimulationOptions(calendar.Days, keepDatabase), cancellationToken);
        }
        catch (SqliteException e) when (keepDatabase is not null)
        {
            throw new CliInputException(CliApp.F(CliMessages.DatabaseUnreadable, keepDatabase, e.Message));
        }

        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(result, SimulationJson.Options));
        }
        else
        {
            WriteHuman(context.Out, result, calendar);
            if (keepDatabase is not null)
            {
                await context.Out.WriteLineAsync(CliApp.F(CliMessages.DatabaseKept, keepDatabase));
            }
        }

        return result.Passed ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    private static void WriteHuman(TextWriter output, SimulationResult result, IWorkingCalendar calendar)
    {
        output.WriteLine(CliApp.F(CliMessages.ScenarioLine, result.Scenario, result.Workflow));
        output.WriteLine();
        var table = new TextTable([CliMessages.ColSeq, CliMessages.ColAt, CliMessages.ColNode, CliMessages.ColEvent, CliMessages.ColActor, CliMessages.ColOutcome, CliMessages.ColComment]);
        foreach (var j in result.Journal)
        {
            table.Add([j.Seq.ToString(CultureInfo.InvariantCulture), j.At, j.NodeName ?? j.Node, j.Event, j.ActorName ?? j.Actor, j.Outcome, JournalText.Comment(j)]);
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
                var due = t.Due is not null && DateTimeOffset.TryParse(t.Due, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                    ? Wording.Due(at, result.EndedAt, calendar)
                    : CliMessages.NoDue;
                output.WriteLine(CliApp.F(CliMessages.OpenTaskLine, t.NodeName ?? t.Node, t.AssigneeName ?? t.Assignee, due));
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
}
