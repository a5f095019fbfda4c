using System.Text.Json;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// The scenario format's journal assertions and refused steps: each passes when the run did what it says, and fails
/// with a message naming the step, what was expected and what was found when it did not.
/// </summary>
public sealed class ScenarioAssertionTests : IDisposable
{
    /// <summary>
    /// A head's task due 5 working days after Monday 1 March 2027 (last day Monday 8 March), a reminder one working
    /// day before (Friday 5 March, 08:00) and an escalation that completes it 2 working days after the last day.
    /// </summary>
    private const string Workflow = """
        {
          "key": "test-reminders", "version": 1,
          "name": { "vi": "Thử nhắc việc", "en": "Reminder test" },
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "review", "type": "HumanTask", "name": { "vi": "Xem xét", "en": "Review" },
              "assignee": { "role": "head" }, "outcomes": ["Done"], "due": { "workingDays": 5 },
              "reminders": [ { "before": { "workingDays": 1 } } ],
              "escalation": { "after": { "workingDays": 2 }, "action": "complete" }, "ends": { "Overdue": "Overdue" } },
            { "id": "done", "type": "End", "outcome": "Done" }
          ],
          "edges": [ { "from": "start", "to": "review" }, { "from": "review", "outcome": "Done", "to": "done" } ]
        }
        """;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("""{ "event": "ReminderSent", "node": "review", "at": "2027-03-05T08:00", "count": 1 }""")]
    [InlineData("""{ "event": "ReminderSent", "at": "2027-03-05T01:00:00Z" }""")]
    [InlineData("""{ "event": "ReminderSent", "node": "review", "at": "2027-03-05" }""")]
    [InlineData("""{ "event": "ReminderSent", "at": "2027-03-04", "absent": true }""")]
    [InlineData("""{ "event": "TaskEscalated", "node": "review", "absent": true }""")]
    [InlineData("""{ "event": "TaskCreated", "node": "review", "count": 1 }""")]
    [InlineData("""{ "event": "TaskEscalated", "count": 0 }""")]
    public async Task A_journal_assertion_that_holds_passes(string assertion)
    {
        var run = await Cli.RunAsync("simulate", Scenario($$"""[ { "advance": { "to": "2027-03-08T12:00:00" } }, { "expect": { "journal": [ {{assertion}} ] } } ]"""));

        run.Exit.ShouldBe(0, run.Out + run.Error);
    }

    [Theory]
    [InlineData("""{ "event": "ReminderSent", "node": "review", "at": "2027-03-04T08:00" }""",
        "step 2: expected the journal to have ReminderSent at 'review' at 2027-03-04T08:00:00+07:00, found it only at 2027-03-05T08:00:00+07:00")]
    [InlineData("""{ "event": "ReminderSent", "at": "2027-03-04" }""",
        "step 2: expected the journal to have ReminderSent on 2027-03-04, found it only at 2027-03-05T08:00:00+07:00")]
    [InlineData("""{ "event": "TaskEscalated", "node": "review" }""",
        "step 2: expected the journal to have TaskEscalated at 'review', found none")]
    [InlineData("""{ "event": "ReminderSent", "node": "review", "absent": true }""",
        "step 2: expected the journal not to have ReminderSent at 'review', found it at 2027-03-05T08:00:00+07:00")]
    [InlineData("""{ "event": "ReminderSent", "count": 2 }""",
        "step 2: expected the journal to have ReminderSent 2 time(s), found 1 (2027-03-05T08:00:00+07:00)")]
    [InlineData("""{ "event": "TaskCompleted", "count": 1 }""",
        "step 2: expected the journal to have TaskCompleted 1 time(s), found 0 (none)")]
    public async Task A_journal_assertion_that_does_not_hold_fails_naming_what_it_found(string assertion, string failure)
    {
        var run = await Cli.RunAsync("simulate", Scenario($$"""[ { "advance": { "to": "2027-03-08T12:00:00" } }, { "expect": { "journal": [ {{assertion}} ] } } ]"""));

        run.Exit.ShouldBe(1, run.Out + run.Error);
        run.Out.ShouldContain(failure);
    }

    [Fact]
    public async Task The_escalation_at_midnight_Vietnam_time_is_on_the_day_it_starts()
    {
        // The escalation falls due at the end of Wednesday 10 March: 00:00 on the 11th in Vietnam, still the 10th in UTC.
        var run = await Cli.RunAsync("simulate", Scenario("""
            [ { "advance": { "to": "2027-03-10T23:59:00" } },
              { "expect": { "status": "Suspended", "journal": [ { "event": "TaskEscalated", "absent": true } ] } },
              { "advance": { "hours": 1 } },
              { "expect": { "outcome": "Overdue", "journal": [ { "event": "TaskEscalated", "node": "review", "at": "2027-03-11", "count": 1 },
                                                              { "event": "TaskEscalated", "at": "2027-03-10T17:00:00Z" } ] } } ]
            """));

        run.Exit.ShouldBe(0, run.Out + run.Error);
    }

    [Fact]
    public async Task A_journal_failure_is_told_in_Vietnamese_too()
    {
        var run = await Cli.RunViAsync("simulate", Scenario("""[ { "expect": { "journal": [ { "event": "ReminderSent", "node": "review" } ] } } ]"""));

        run.Exit.ShouldBe(1, run.Out + run.Error);
        run.Out.ShouldContain("bước 1: mong đợi nhật ký có ReminderSent tại 'review', thực tế không có");
    }

    [Fact]
    public async Task A_failed_variable_expectation_shows_Vietnamese_text_as_written()
    {
        var run = await Cli.RunAsync("simulate", Scenario("""[ { "expect": { "vars": { "subject": "Quy chế dân chủ" } } } ]"""));

        run.Exit.ShouldBe(1, run.Out + run.Error);
        run.Out.ShouldContain("step 1: expected vars.subject \"Quy chế dân chủ\", found no value");
    }

    [Fact]
    public async Task A_step_refused_with_the_expected_code_passes_and_changes_nothing()
    {
        var run = await Cli.RunAsync("simulate", Scenario("""
            [ { "complete": "review", "by": "E0142", "outcome": "Done", "refused": "task.not-assignee" },
              { "expect": { "status": "Suspended", "openTasks": ["review"], "journal": [ { "event": "TaskCompleted", "absent": true } ] } },
              { "complete": "review", "by": "head", "outcome": "Done" },
              { "expect": { "status": "Completed", "outcome": "Done" } } ]
            """, organization: true));

        run.Exit.ShouldBe(0, run.Out + run.Error);
    }

    [Fact]
    public async Task A_step_that_must_be_refused_but_is_accepted_fails()
    {
        var run = await Cli.RunAsync("simulate", Scenario("""[ { "complete": "review", "by": "head", "outcome": "Done", "refused": "task.not-assignee" } ]""", organization: true));

        run.Exit.ShouldBe(1, run.Out + run.Error);
        run.Out.ShouldContain("step 1: expected complete 'review' to be refused with 'task.not-assignee', it was accepted");
    }

    [Fact]
    public async Task A_step_refused_with_another_code_fails_naming_both()
    {
        var run = await Cli.RunAsync("simulate", Scenario("""[ { "complete": "review", "by": "E0142", "outcome": "Done", "refused": "actor.required" } ]""", organization: true));

        run.Exit.ShouldBe(1, run.Out + run.Error);
        run.Out.ShouldContain("step 1: expected complete 'review' to be refused with 'actor.required', it was refused with 'task.not-assignee': ");
    }

    [Fact]
    public async Task A_cancel_of_an_ended_case_can_be_expected_refused()
    {
        var run = await Cli.RunAsync("simulate", Scenario("""
            [ { "cancel": "Withdrawn" }, { "cancel": "Again", "refused": "instance.ended" }, { "expect": { "status": "Cancelled" } } ]
            """));

        run.Exit.ShouldBe(0, run.Out + run.Error);
    }

    [Fact]
    public async Task A_refused_step_that_finds_nothing_to_act_on_fails_as_without_refused()
    {
        var run = await Cli.RunAsync("simulate", Scenario("""[ { "complete": "done", "by": "head", "outcome": "Done", "refused": "task.not-assignee" } ]"""));

        run.Exit.ShouldBe(1, run.Out + run.Error);
        run.Out.ShouldContain("step 1: complete 'done': expected an open task at that node");
    }

    [Theory]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "organisation": "x" }""", ":1: the scenario has an unknown key 'organisation': did you mean 'organization'? (workflow, start, by, input, organization, agency, steps)")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [ { "advance": { "days": 1 } },¶{ "complete": "review", "outcom": "Done" } ] }""", ":2: step 2: 'complete' has an unknown key 'outcom': did you mean 'outcome'? (complete, outcome, by, comment, data, refused)")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "advance": { "days": 1 }, "refused": "task.not-assignee" } ] }""", ":2: step 1: 'advance' has an unknown key 'refused' (advance)")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "expect": {¶"journl": [] } } ] }""", ":3: step 1: 'expect' has an unknown key 'journl': did you mean 'journal'? (status, outcome, openTasks, overdue, vars, dueDates, journal)")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "expect": { "journal": [ { "event": "ReminderSent" },¶{ "evnt": "ReminderSent" } ] } } ] }""", ":3: step 1: 'expect.journal' has an unknown key 'evnt': did you mean 'event'? (event, node, at, count, absent)")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "expect": { "journal": [ { "event": "ReminderSend" } ] } } ] }""", ":2: step 1: 'expect.journal': unknown journal event 'ReminderSend': did you mean 'ReminderSent'?")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "expect": { "journal": [ { "event": "ReminderSent", "node": "reveiw" } ] } } ] }""", ":2: step 1: expect.journal.node: unknown node 'reveiw'")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "expect": { "journal": [ { "event": "ReminderSent", "at": "5/3/2027" } ] } } ] }""", ":2: step 1: 'expect.journal': 'at' must be a day yyyy-MM-dd or a time")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "expect": { "journal": [ { "event": "ReminderSent", "count": -1 } ] } } ] }""", ":2: step 1: 'expect.journal': 'count' must be a whole number, 0 or more, found -1")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "expect": { "journal": [ { "event": "ReminderSent", "count": 0, "absent": true } ] } } ] }""", ":2: step 1: 'expect.journal': 'absent' and 'count' cannot go together")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "expect": { "journal": { "event": "ReminderSent" } } } ] }""", ":2: step 1: 'expect.journal' is a list of assertions")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "complete": "review", "outcome": "Done", "refused": "task.not-asignee" } ] }""", ":2: step 1: 'refused' must be a refusal code, found 'task.not-asignee': did you mean 'task.not-assignee'?")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "complete": "review", "outcome": "Done", "refused": true } ] }""", ":2: step 1: 'refused' must be a refusal code, found 'true'")]
    [InlineData("""{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [¶{ "advance": { "days": 1 }, },¶{ "complete": "review", "outcom": "Done", }, ], }""", ":3: step 2: 'complete' has an unknown key 'outcom': did you mean 'outcome'?")]
    public async Task A_malformed_key_is_refused_with_its_line_and_a_suggestion(string json, string message)
    {
        temp.Write("w.workflow.json", Workflow);
        // ¶ marks a line break, so that each message can name its line.
        var file = temp.Write("bad.scenario.json", json.Replace("¶", "\n", StringComparison.Ordinal));

        var run = await Cli.RunAsync("simulate", file);

        run.Exit.ShouldBe(2, run.Out + run.Error);
        run.Error.ShouldContain(file + message);
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_malformed_key_is_told_in_Vietnamese_too()
    {
        temp.Write("w.workflow.json", Workflow);
        var file = temp.Write("bad.scenario.json", """{ "workflow": "w.workflow.json", "start": "2027-03-01T08:00:00", "steps": [ { "expect": { "journl": [] } } ] }""");

        var run = await Cli.RunViAsync("simulate", file);

        run.Exit.ShouldBe(2, run.Out + run.Error);
        run.Error.ShouldContain(file + ":1: bước 1: 'expect' có khóa lạ 'journl': có phải là 'journal'? (status, outcome, openTasks, overdue, vars, dueDates, journal)");
    }

    private string Scenario(string steps, bool organization = false)
    {
        var workflow = temp.Write("w.workflow.json", Workflow);
        var people = organization
            ? $"\"organization\": {JsonSerializer.Serialize(Path.Combine(Cli.Samples("chau-thanh"), "organization.json"))}, \"agency\": \"phong-noi-vu\","
            : string.Empty;
        return temp.Write($"{Guid.NewGuid():N}.scenario.json", $$"""
            { "workflow": {{JsonSerializer.Serialize(workflow)}}, "start": "2027-03-01T08:00:00", {{people}}
              "steps": {{steps}} }
            """);
    }
}
