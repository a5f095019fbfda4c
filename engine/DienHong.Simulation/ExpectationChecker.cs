using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Resources;
using DienHong.Engine.Storage;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>
/// Checks an <c>expect</c> step (kiểm tra kỳ vọng) against the instance; each mismatch becomes a message saying what
/// was expected and what was found (without the step number, which the runner adds).
/// </summary>
internal static class ExpectationChecker
{
    public static List<string> Check(ScenarioStep step, InstanceSnapshot state)
    {
        var failures = new List<string>();
        var expect = (JsonObject)step.Value!;
        void Fail(string what, string expected, string found) => failures.Add(Text.Format(ScenarioMessages.Expected, what, expected, found));

        if (expect["status"] is { } status && !Same(status.ToString(), state.Status))
        {
            Fail("status", status.ToString(), state.Status);
        }

        if (expect.ContainsKey("outcome"))
        {
            var outcome = expect["outcome"]?.ToString();
            if (outcome != state.Outcome)
            {
                Fail("outcome", outcome ?? ScenarioMessages.None, state.Outcome ?? ScenarioMessages.None);
            }
        }

        CompareNodes(expect["openTasks"], state.OpenTaskNodes, "openTasks", Fail);
        CompareNodes(expect["overdue"], state.OverdueNodes, "overdue", Fail);

        if (expect["vars"] is JsonObject vars)
        {
            foreach (var (name, value) in vars)
            {
                var found = state.Vars[name];
                if (!JsonNode.DeepEquals(value, found) && !SameNumber(value, found))
                {
                    Fail($"vars.{name}", value?.ToJsonString(SimulationJson.CompactOptions) ?? "null", found?.ToJsonString(SimulationJson.CompactOptions) ?? ScenarioMessages.NoValue);
                }
            }
        }

        if (expect["dueDates"] is JsonObject dates)
        {
            foreach (var (node, date) in dates)
            {
                var expected = date!.GetValue<string>();
                var dues = state.Bookmarks.Where(b => b.NodeId == node && b.DueAt is not null)
                    .Select(b => SimulationJson.DueDate(b.DueAt!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct().ToList();
                if (dues.Count == 0)
                {
                    Fail(Text.Format(ScenarioMessages.DueDateOf, node), expected, ScenarioMessages.NoDueTask);
                }
                else if (!dues.Contains(expected))
                {
                    Fail(Text.Format(ScenarioMessages.DueDateOf, node), expected, string.Join(", ", dues));
                }
            }
        }

        return failures;
    }

    /// <summary>The failures of the step's journal assertions against the instance's journal so far.</summary>
    public static IEnumerable<string> CheckJournal(ScenarioStep step, IReadOnlyList<JournalEntry> journal) =>
        step.Journal.Select(assertion => assertion.Check(journal)).OfType<string>();

    private static void CompareNodes(JsonNode? expected, IReadOnlyList<string> found, string what, Action<string, string, string> fail)
    {
        if (expected is not JsonArray list)
        {
            return;
        }

        var wanted = list.Select(n => n!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!wanted.SequenceEqual(found))
        {
            fail(what, $"[{string.Join(", ", wanted)}]", $"[{string.Join(", ", found)}]");
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool SameNumber(JsonNode? a, JsonNode? b) =>
        a is JsonValue x && b is JsonValue y && x.TryGetValue<decimal>(out var m) && y.TryGetValue<decimal>(out var n) && m == n;
}
