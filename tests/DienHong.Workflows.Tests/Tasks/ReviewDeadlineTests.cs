using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Tasks;

/// <summary>A ParallelReview's reminders and escalation, per reviewer: only those who have not answered are chased.</summary>
public sealed class ReviewDeadlineTests
{
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    [Fact]
    public async Task Only_the_reviewer_who_has_not_answered_is_reminded_then_their_task_goes_to_hr()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await host.PublishAsync(Review("chase", """, "escalation": { "after": { "workingDays": 1 }, "action": "reassign", "to": { "role": "hr" } }"""));
        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "chase", Agency = "phong-noi-vu", Actor = "E0144" });
        var late = started.OpenBookmarks.Single(b => b.Assignee == "user:E0147");
        (await host.Engine.ResumeAsync(started.OpenBookmarks.Single(b => b.Assignee == "user:E0142").Id, new ResumeInput("E0142", "Approve"), started.InstanceId))
            .Succeeded.ShouldBeTrue();

        // Created Monday 1 Feb 2027: due at the end of Wednesday 3 Feb; reminded Tuesday 08:00; escalated at the end of Thursday.
        late.DueAt.ShouldBe(new DateTimeOffset(2027, 2, 4, 0, 0, 0, Hanoi));
        foreach (var wake in new DateTimeOffset[] { new(2027, 2, 2, 8, 0, 0, Hanoi), new(2027, 2, 5, 0, 0, 0, Hanoi) })
        {
            host.Clock.SetUtcNow(wake);
            (await host.Engine.FireDueAsync(wake)).ShouldBe(1);
        }

        var journal = await host.JournalAsync(started.InstanceId!);
        journal.Where(j => j.Event == "ReminderSent").Select(j => j.Data).ShouldHaveSingleItem().ShouldNotBeNull().ShouldContain("user:E0147");
        journal.Single(j => j.Event == "TaskEscalated").Data.ShouldNotBeNull().ShouldContain("role:hr");
        var refused = await host.Engine.ResumeAsync(late.Id, new ResumeInput("E0147", "Approve"), started.InstanceId);
        refused.Refusal.ShouldNotBeNull().Code.Value.ShouldBe("task.not-assignee");
        var byHr = await host.Engine.ResumeAsync(late.Id, new ResumeInput("E0144", "Approve"), started.InstanceId);
        byHr.InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task Answering_before_the_reminder_cancels_it()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await host.PublishAsync(Review("quick", string.Empty));
        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "quick", Agency = "phong-noi-vu", Actor = "E0144" });

        foreach (var task in started.OpenBookmarks)
        {
            task.WakeAt.ShouldBe(new DateTimeOffset(2027, 2, 2, 8, 0, 0, Hanoi));
            var reviewer = task.Assignee!["user:".Length..];
            (await host.Engine.ResumeAsync(task.Id, new ResumeInput(reviewer, "Approve"), started.InstanceId)).Succeeded.ShouldBeTrue();
        }

        (await host.Engine.FireDueAsync(new DateTimeOffset(2027, 3, 1, 0, 0, 0, Hanoi))).ShouldBe(0);
        (await host.JournalAsync(started.InstanceId!)).ShouldNotContain(j => j.Event == "ReminderSent");
    }

    [Theory]
    [InlineData(true, """, "escalation": { "after": { "workingDays": 1 }, "action": "complete" }""", "can only reassign")]
    [InlineData(false, "", "needs 'due'")]
    public async Task Completing_for_a_reviewer_and_reminders_without_a_deadline_are_validation_errors(bool due, string escalation, string message)
    {
        await using var host = await TestHost.CreateAsync();

        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", Review("bad-review", escalation, due)).Errors;

        errors.ShouldContain(e => e.NodeId == "review" && e.Message.Contains(message), string.Join("\n", errors));
    }

    private static string Review(string key, string escalation, bool due = true) =>
        Workflow(key,
            string.Join(",", Node("start", "Start"),
                $$"""
                { "id": "review", "type": "ParallelReview", "reviewers": [ { "user": "E0142" }, { "user": "E0147" } ],
                  {{(due ? "\"due\": { \"workingDays\": 2 }," : string.Empty)}} "reminders": [ { "before": { "workingDays": 1 } } ]{{escalation}} }
                """,
                Node("end", "End")),
            string.Join(",", Edge("start", "review"), Edge("review", "end", "Approved"), Edge("review", "end", "Rejected")));
}
