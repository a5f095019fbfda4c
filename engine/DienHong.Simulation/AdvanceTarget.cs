using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Resources;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>
/// Where an <c>advance</c> step (tua đồng hồ) moves the fake clock: by a duration on the working calendar, or to a
/// fixed time.
/// </summary>
public sealed record AdvanceTarget(Duration? By, DateTimeOffset? To)
{
    /// <summary>Reads <c>{ "workingDays": n }</c> (and its siblings) or <c>{ "to": "ISO time" }</c>; null with a reason when it is neither.</summary>
    public static AdvanceTarget? Read(JsonNode? value, out string? problem)
    {
        problem = null;
        if (value is not JsonObject obj || obj.Count != 1)
        {
            problem = ScenarioMessages.AdvanceShape;
            return null;
        }

        var (name, node) = obj.First();
        if (name == "to")
        {
            if (node is JsonValue v && v.TryGetValue<string>(out var text) && VietnamTime.TryParse(text, out var to))
            {
                return new AdvanceTarget(null, to);
            }

            problem = Text.Format(ScenarioMessages.AdvanceTo, node?.ToJsonString() ?? "null");
            return null;
        }

        if (!Duration.TryParseKind(name, out var kind))
        {
            problem = Text.Format(ScenarioMessages.AdvanceUnknown, name);
            return null;
        }

        if (node is not JsonValue amount || !amount.TryGetValue<int>(out var n) || n < 0)
        {
            problem = Text.Format(ScenarioMessages.AdvanceAmount, name, node?.ToJsonString() ?? "null");
            return null;
        }

        return new AdvanceTarget(new Duration(kind, n), null);
    }

    /// <summary>
    /// The instant the clock moves to from <paramref name="now"/>: the end of the period's last day, or the fixed
    /// time (a time without a UTC offset is Vietnam time); null when that is past the years the calendar covers.
    /// </summary>
    public DateTimeOffset? From(DateTimeOffset now, IWorkingCalendar calendar)
    {
        try
        {
            var target = To ?? calendar.Add(now, By!.Value).Due;
            return target.Year <= VietnameseLunarCalendar.MaxYear ? target : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            // DateTimeOffset or the lunar calendar ran out of years while counting.
            return null;
        }
    }
}
