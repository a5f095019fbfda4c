using DienHong.Engine.Runtime;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Routing;

/// <summary>The step budget counts, refuses past its limit, and names the loop from a fixed window of recent steps.</summary>
public sealed class StepBudgetUnitTests
{
    [Fact]
    public void It_grants_exactly_its_budget_and_counts_nothing_after()
    {
        var budget = new StepBudget(3);

        new[] { budget.Take(7), budget.Take(8), budget.Take(9), budget.Take(7), budget.Take(8) }.ShouldBe([true, true, true, false, false]);
        budget.Steps.ShouldBe(3);
    }

    [Fact]
    public void The_loop_is_the_nodes_since_the_last_node_ran_before_in_the_order_they_ran()
    {
        var budget = new StepBudget(100);
        foreach (var node in new[] { 0, 1, 2, 3, 4, 2, 3, 4, 2, 3, 4 })
        {
            budget.Take(node);
        }

        budget.Loop().ShouldBe([2, 3, 4]);
    }

    [Fact]
    public void A_node_repeated_inside_the_loop_is_named_once()
    {
        var budget = new StepBudget(100);
        foreach (var node in new[] { 5, 1, 2, 1, 3, 5, 1, 2, 1, 3, 5 })
        {
            budget.Take(node);
        }

        budget.Loop().ShouldBe([1, 2, 3, 5]);
    }

    [Fact]
    public void Without_a_repeat_in_the_window_the_most_executed_nodes_come_first()
    {
        // 65 steps: node 9 is no longer remembered; of the 64 remembered, node 3 ran first but node 1 ran most,
        // and the last node (5) never ran before.
        var budget = new StepBudget(1000);
        budget.Take(9);
        budget.Take(3);
        for (var i = 0; i < 62; i++)
        {
            budget.Take(1);
        }

        budget.Take(5);

        budget.Loop().ShouldBe([1, 3, 5]);
    }

    [Fact]
    public void A_budget_of_one_step_names_that_step()
    {
        var budget = new StepBudget(1);
        budget.Take(4);

        budget.Take(4).ShouldBeFalse();
        budget.Loop().ShouldBe([4]);
    }

    [Fact]
    public void The_loop_may_start_at_the_oldest_remembered_step()
    {
        var budget = new StepBudget(10);
        foreach (var node in new[] { 2, 3, 4, 2 })
        {
            budget.Take(node);
        }

        budget.Loop().ShouldBe([3, 4, 2]);
    }
}
