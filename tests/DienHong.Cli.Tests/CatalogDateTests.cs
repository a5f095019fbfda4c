using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Expressions;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// The catalog's periods that run from an earlier day are counted on Vietnam dates (ngày theo giờ Việt Nam), never on
/// the UTC date nor in 24-hour spans from the instant a timer happened to fire. Each test evaluates the expression
/// the catalog file holds, at a late wake-up or in the night hours (00:00–07:00 in Vietnam, the UTC day before).
/// </summary>
public sealed class CatalogDateTests
{
    private static readonly ExpressionSandbox Sandbox = new(new ExpressionLimits());

    [Theory]
    [InlineData("2027-03-04T00:00:00+07:00")]
    [InlineData("2027-03-04T08:00:00+07:00")]
    [InlineData("2027-03-04T23:59:00+07:00")]
    public void The_application_window_last_day_is_right_even_when_its_timer_is_woken_late(string firedAt)
    {
        var vars = new JsonObject { ["windowDueAt"] = "2027-03-04T00:00:00+07:00" };

        Evaluate("recruitment", "record-window-close", "value", vars, firedAt).ShouldBe("2027-03-03");
    }

    [Fact]
    public void The_eligible_list_is_due_15_Vietnam_days_after_the_window_when_it_opens_in_the_night_hours()
    {
        // A timer woken at 08:00 and a step at 06:30 a week later: 24-hour spans from the wake-up counted one day less.
        var vars = new JsonObject { ["eligibleListDays"] = 15, ["windowLastDay"] = "2027-03-03" };

        Evaluate("recruitment", "eligible-list", "due", vars, "2027-03-12T06:30:00+07:00").ShouldBe("""{"days":6}""");
    }

    [Theory]
    [InlineData("2027-02-15", true)]
    [InlineData("2027-02-14", false)]
    public void The_notice_may_change_only_10_Vietnam_days_before_the_opening_even_at_night(string opensOn, bool allowed)
    {
        // 06:30 on 5 February in Vietnam is still 4 February in UTC: a UTC date would allow 14 February too.
        var vars = new JsonObject { ["noticeChanges"] = 0, ["applicationsOpenOn"] = opensOn };

        Evaluate("recruitment", "change-possible", "condition", vars, "2027-02-05T06:30:00+07:00").ShouldBe(allowed ? "true" : "false");
    }

    [Fact]
    public void A_second_change_of_the_notice_is_never_possible()
    {
        var vars = new JsonObject { ["noticeChanges"] = 1, ["applicationsOpenOn"] = "2027-03-31" };

        Evaluate("recruitment", "change-possible", "condition", vars, "2027-02-01T09:00:00+07:00").ShouldBe("false");
    }

    [Fact]
    public void The_change_task_is_due_on_the_last_allowed_Vietnam_day_when_the_notice_is_published_at_night()
    {
        var vars = new JsonObject { ["applicationsOpenOn"] = "2027-02-15" };

        Evaluate("recruitment", "change-notice", "due", vars, "2027-02-01T02:00:00+07:00").ShouldBe("""{"consecutiveDays":4}""");
    }

    [Fact]
    public void A_conference_opened_at_06_30_on_1_April_opened_on_1_April()
    {
        var heldOn = Evaluate("annual-staff-conference", "record-held", "value", [], "2027-04-01T06:30:00+07:00");
        var vars = new JsonObject { ["heldOn"] = heldOn, ["heldBy"] = "2027-03-31" };

        heldOn.ShouldBe("2027-04-01");
        Evaluate("annual-staff-conference", "held-in-time", "condition", vars, "2027-04-01T06:30:00+07:00").ShouldBe("false");
    }

    [Theory]
    [InlineData("2026", null, "2027-03-31")]
    [InlineData(null, null, "2027-03-31")]
    [InlineData("2026", "2027-08-31", "2027-08-31")]
    public void The_conference_is_due_three_months_after_the_work_year(string? workYear, string? heldBy, string expected)
    {
        var vars = new JsonObject { ["workYear"] = workYear, ["heldBy"] = heldBy };

        Evaluate("annual-staff-conference", "set-deadline", "value", vars, "2027-01-01T02:00:00+07:00").ShouldBe(expected);
    }

    [Theory]
    [InlineData("staff", 5, true)]
    [InlineData("staff", 4, false)]
    [InlineData("union", 0, true)]
    [InlineData("head", 0, true)]
    public void An_extraordinary_conference_needs_one_third_of_the_staff_exactly_one_third_being_enough(string requestedBy, int petitioners, bool held)
    {
        var vars = new JsonObject { ["requestedBy"] = requestedBy, ["petitioners"] = petitioners, ["staffCount"] = 15 };

        Evaluate("annual-staff-conference", "petition-enough", "condition", vars, "2027-06-01T09:00:00+07:00").ShouldBe(held ? "true" : "false");
    }

    private static string? Evaluate(string key, string node, string property, JsonObject vars, string now)
    {
        var file = Path.Combine(Cli.Root, "workflows", "definitions", key + ".workflow.json");
        using var definition = JsonDocument.Parse(File.ReadAllText(file));
        var expression = definition.RootElement.GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("id").GetString() == node).GetProperty(property).GetString()!;
        var result = Sandbox.Evaluate(ExpressionCompiler.Compile(expression),
            new ExpressionScope(vars, null, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)));
        return result is JsonValue value && value.TryGetValue<string>(out var text) ? text : result?.ToJsonString();
    }
}
