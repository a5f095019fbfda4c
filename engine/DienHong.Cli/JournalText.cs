using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Cli.Resources;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Simulation;

namespace DienHong.Cli;

/// <summary>
/// How a journal entry reads (diễn giải nhật ký) in the chosen language: the journal keeps language-neutral data
/// (a vote's counts, who a task went from and to, a failure's code and arguments), and this tells it; a person's own comment is shown as written.
/// </summary>
internal static class JournalText
{
    /// <summary>The entry's data told in words, followed by the comment written with it, when there are both.</summary>
    public static string? Comment(JournalView entry) =>
        (entry.Data is JsonObject data ? Told(entry.Event, data) : null, entry.Comment) switch
        {
            ({ } told, { } comment) => $"{told} — {comment}",
            (var told, var comment) => told ?? comment,
        };

    private static string? Told(string @event, JsonObject data) =>
        @event switch
        {
            JournalEvents.VoteClosed or JournalEvents.VoteTallied when Numbers(data, "yes", "no", "abstain", "cast", "members") is { } n =>
                CliApp.F(CliMessages.VoteCounts, n[0], n[1], n[2], n[3], n[4]),
            JournalEvents.VoteClosed or JournalEvents.VoteTallied when data["questions"] is JsonArray questions && Numbers(data, "cast", "members") is { } n =>
                string.Join("; ", [.. questions.OfType<JsonObject>().Select(Question), CliApp.F(CliMessages.VoteBallots, n[0], n[1])]),
            JournalEvents.ReviewCompleted when Numbers(data, "approve", "reject", "total") is { } n =>
                CliApp.F(CliMessages.ReviewCounts, n[0], n[1], n[2]),
            JournalEvents.TaskEscalated or JournalEvents.TaskReassigned or JournalEvents.TaskDelegated or JournalEvents.TaskClaimed when Texts(data, "from", "to") is { } t =>
                CliApp.F(CliMessages.Handover, t[0], t[1]),
            JournalEvents.DisclosureLate when Texts(data, "postedAt", "decisionDate") is { } t =>
                CliApp.F(CliMessages.DisclosureLate, t[0], t[1]),
            JournalEvents.InstanceFaulted or JournalEvents.NodeFaulted when Failure.FromJson(data) is { } failure => failure.Message(),
            JournalEvents.ReminderSent when Texts(data, "assignee", "due") is { } t && DateTimeOffset.TryParse(t[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) =>
                CliApp.F(CliMessages.ReminderSent, t[0], Wording.Date(SimulationJson.DueDate(due))),
            _ => null,
        };

    /// <summary>One question of a ballot with several: its label in the reader's language, its counts, passed or not.</summary>
    private static string Question(JsonObject question)
    {
        var label = question["label"]?[CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? "vi" : "en"]?.ToString() ?? question["id"]?.ToString();
        var n = Numbers(question, "yes", "no", "abstain") ?? [0, 0, 0];
        var passed = question["passed"] is JsonValue p && p.TryGetValue(out bool b) && b;
        return CliApp.F(CliMessages.VoteQuestionCounts, label, n[0], n[1], n[2], passed ? CliMessages.VoteQuestionPassed : CliMessages.VoteQuestionFailed);
    }

    private static int[]? Numbers(JsonObject data, params string[] names)
    {
        var values = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (data[names[i]] is not JsonValue v || !v.TryGetValue(out values[i]))
            {
                return null;
            }
        }

        return values;
    }

    private static string[]? Texts(JsonObject data, params string[] names)
    {
        var values = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (data[names[i]] is not JsonValue v || !v.TryGetValue(out string? text))
            {
                return null;
            }

            values[i] = text;
        }

        return values;
    }
}
