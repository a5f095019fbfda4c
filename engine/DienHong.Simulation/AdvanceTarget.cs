using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;

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
            problem = "'advance' takes one duration ({ \"workingDays\": n }, days, consecutiveDays, hours) or { \"to\": \"<ISO time>\" }";
            return null;
        }

        var (name, node) = obj.First();
        if (name == "to")
        {
            if (node is JsonValue v && v.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                return new AdvanceTarget(null, to);
            }

            problem = $"'advance.to' must be an ISO 8601 time, found {node?.ToJsonString() ?? "null"}";
            return null;
        }

        if (!Duration.TryParseKind(name, out var kind))
        {
            problem = $"'advance' has an unknown duration '{name}' (workingDays, days, consecutiveDays, hours, to)";
            return null;
        }

        if (node is not JsonValue amount || !amount.TryGetValue<int>(out var n) || n < 0)
        {
            problem = $"'advance.{name}' must be a non-negative whole number, found {node?.ToJsonString() ?? "null"}";
            return null;
        }

        return new AdvanceTarget(new Duration(kind, n), null);
    }

    /// <summary>The instant the clock moves to from <paramref name="now"/>: the end of the period's last day, or the fixed time.</summary>
    public DateTimeOffset From(DateTimeOffset now, IWorkingCalendar calendar) =>
        To ?? calendar.Add(now, By!.Value).Due;
}
