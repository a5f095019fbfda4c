using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Engine.Storage;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>
/// One assertion on the journal (kỳ vọng về nhật ký) of an <c>expect</c> step: entries of an event, at a node, at a
/// time or on a day (Vietnam time), happened at least once, exactly <see cref="Count"/> times, or never
/// (<see cref="Absent"/>).
/// </summary>
internal sealed record JournalExpectation(string Event, string? Node, DateTimeOffset? At, DateOnly? Day, int? Count, bool Absent)
{
    /// <summary>Reads one assertion; throws <see cref="ScenarioProblem"/> naming the key when it is malformed.</summary>
    public static JournalExpectation Read(JsonNode? node, WorkflowDefinition workflow)
    {
        if (node is not JsonObject obj)
        {
            throw new ScenarioProblem(ScenarioMessages.JournalShape);
        }

        if (ScenarioKeys.FirstUnknown(obj, "'expect.journal'", ScenarioKeys.JournalAssertion) is { } unknown)
        {
            throw new ScenarioProblem(unknown.Message, unknown.Key);
        }

        var name = TextOf(obj["event"]) ?? throw new ScenarioProblem(Text.Format(ScenarioMessages.JournalEvent, Json(obj["event"])), "event");
        if (!KnownNames.JournalEvents.Contains(name))
        {
            throw new ScenarioProblem(Text.Format(ScenarioMessages.JournalUnknownEvent, name, ScenarioKeys.Hint(name, KnownNames.JournalEvents), string.Join(", ", KnownNames.JournalEvents)), "event");
        }

        var nodeId = TextOf(obj["node"]);
        if (obj.ContainsKey("node") && (nodeId is null || workflow.FindNode(nodeId) is null))
        {
            var nodes = string.Join(", ", workflow.Nodes.Select(x => x.Id));
            throw new ScenarioProblem(Text.Format(ScenarioMessages.UnknownNode, "expect.journal.node", nodeId ?? Json(obj["node"]), workflow.Key, nodes), "node");
        }

        var (at, day) = obj.ContainsKey("at") ? ReadTime(obj["at"]) : (null, null);
        int? count = null;
        if (obj.ContainsKey("count"))
        {
            count = obj["count"] is JsonValue c && c.TryGetValue<int>(out var n) && n >= 0
                ? n
                : throw new ScenarioProblem(Text.Format(ScenarioMessages.JournalCount, Json(obj["count"])), "count");
        }

        var absent = false;
        if (obj.ContainsKey("absent") && (obj["absent"] is not JsonValue a || !a.TryGetValue(out absent)))
        {
            throw new ScenarioProblem(Text.Format(ScenarioMessages.JournalAbsent, Json(obj["absent"])), "absent");
        }

        return absent && count is not null
            ? throw new ScenarioProblem(ScenarioMessages.JournalAbsentAndCount, "absent")
            : new JournalExpectation(name, nodeId, at, day, count, absent);
    }

    /// <summary>A day (yyyy-MM-dd) or a time (no offset: Vietnam time).</summary>
    private static (DateTimeOffset? At, DateOnly? Day) ReadTime(JsonNode? node)
    {
        var text = TextOf(node);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (null, day);
        }

        return text is not null && text.Contains('T', StringComparison.Ordinal) && VietnamTime.TryParse(text, out var at)
            ? (at, null)
            : throw new ScenarioProblem(Text.Format(ScenarioMessages.JournalAt, Json(node)), "at");
    }

    /// <summary>The failure of this assertion against <paramref name="journal"/> (without the step number); null when it holds.</summary>
    public string? Check(IReadOnlyList<JournalEntry> journal)
    {
        var ofEvent = journal.Where(j => j.Event == Event && (Node is null || j.NodeId == Node)).ToList();
        var found = ofEvent.Where(j => Matches(j.At)).ToList();
        var what = Describe();
        if (Absent)
        {
            return found.Count == 0 ? null : Text.Format(ScenarioMessages.JournalFoundAbsent, what, Times(found));
        }

        if (Count is { } count)
        {
            return found.Count == count ? null : Text.Format(ScenarioMessages.JournalWrongCount, what, count, found.Count, Times(found));
        }

        if (found.Count > 0)
        {
            return null;
        }

        return ofEvent.Count == 0
            ? Text.Format(ScenarioMessages.JournalMissing, what)
            : Text.Format(ScenarioMessages.JournalMissingAtTime, what, Times(ofEvent));
    }

    private bool Matches(DateTimeOffset at) =>
        (At is null || at == At) && (Day is null || DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Calendar.WorkingCalendar.VietnamTimeZone).DateTime) == Day);

    private string Describe()
    {
        var text = Event;
        if (Node is not null)
        {
            text += Text.Format(ScenarioMessages.JournalAtNode, Node);
        }

        if (At is { } at)
        {
            text += Text.Format(ScenarioMessages.JournalAtTime, SimulationJson.Iso(at));
        }
        else if (Day is { } day)
        {
            text += Text.Format(ScenarioMessages.JournalOnDay, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return text;
    }

    private static string Times(IEnumerable<JournalEntry> entries) =>
        entries.Any() ? string.Join(", ", entries.Select(j => SimulationJson.Iso(j.At))) : ScenarioMessages.None;

    private static string? TextOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";
}
