using DienHong.Engine.Definitions;
using DienHong.Web.Application.Flowcharts;
using Shouldly;

namespace DienHong.Web.Tests;

public sealed class FlowLayoutTests
{
    [Fact]
    public void Each_step_goes_in_the_column_of_its_longest_path_and_a_loop_back_does_not_push_it_right()
    {
        // start → check → (approve) decide → end, a shortcut start → end, and check's "changes" back to start.
        var chart = FlowLayout.Arrange(
            ["start", "check", "decide", "end"],
            [new("start", "check"), new("check", "decide", "Approve"), new("decide", "end"), new("start", "end"), new("check", "start", "RequestChanges")]);

        chart.Boxes.ToDictionary(b => b.Id, b => b.Layer).ShouldBe(new Dictionary<string, int> { ["start"] = 0, ["check"] = 1, ["decide"] = 2, ["end"] = 3 });
        chart.Arrows.Single(a => a.To == "start").Back.ShouldBeTrue();
        chart.Arrows.Where(a => a.To != "start").ShouldAllBe(a => !a.Back);
    }

    [Fact]
    public void Columns_run_left_to_right_and_no_two_boxes_overlap()
    {
        var chart = FlowLayout.Arrange(
            ["a", "b", "c", "d", "e", "f"],
            [new("a", "b"), new("a", "c"), new("a", "d"), new("b", "e"), new("c", "e"), new("d", "f"), new("e", "f")]);

        foreach (var box in chart.Boxes)
        {
            chart.Boxes.Where(other => other != box).ShouldAllBe(other => !box.Overlaps(other));
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(chart.Width);
            (box.Y + box.Height).ShouldBeLessThanOrEqualTo(chart.Height);
        }

        chart.Arrows.Where(a => !a.Back).ShouldAllBe(a => chart.Find(a.From)!.X < chart.Find(a.To)!.X);
        chart.Boxes.Where(b => b.Layer == 1).Select(b => b.Id).ShouldBe(["b", "c", "d"], ignoreOrder: true);
    }

    [Fact]
    public void The_order_in_a_column_removes_a_crossing_the_listed_order_has()
    {
        // Listed as x, y in the second column, but x is reached from the lower of the first column's steps.
        var nodes = new[] { "p", "q", "x", "y" };
        FlowEdge[] edges = [new("p", "y"), new("q", "x")];

        var chart = FlowLayout.Arrange(nodes, edges);

        Crossings(chart).ShouldBe(0);
        chart.Find("p")!.Order.ShouldBe(0);
        chart.Find("y")!.Order.ShouldBe(0);
    }

    [Fact]
    public void The_same_chart_is_laid_out_the_same_every_time()
    {
        var nodes = Enumerable.Range(0, 30).Select(i => $"n{i}").ToArray();
        var edges = Enumerable.Range(0, 29).SelectMany(i => new[] { new FlowEdge($"n{i}", $"n{i + 1}"), new FlowEdge($"n{i}", $"n{(i * 7 + 3) % 30}", "Other") }).ToArray();

        var first = FlowLayout.Arrange(nodes, edges);
        var second = FlowLayout.Arrange(nodes, edges);

        second.Boxes.ShouldBe(first.Boxes);
        second.Arrows.Select(a => (a.From, a.To, a.Back, string.Join(" ", a.Points))).ShouldBe(first.Arrows.Select(a => (a.From, a.To, a.Back, string.Join(" ", a.Points))));
    }

    [Fact]
    public void A_thousand_steps_in_a_row_lay_out_without_a_deep_recursion()
    {
        var nodes = Enumerable.Range(0, 1000).Select(i => $"n{i}").ToArray();
        var chart = FlowLayout.Arrange(nodes, [.. Enumerable.Range(0, 999).Select(i => new FlowEdge($"n{i}", $"n{i + 1}")), new FlowEdge("n999", "n0")]);

        chart.Find("n999")!.Layer.ShouldBe(999);
        chart.Arrows[^1].Back.ShouldBeTrue();
    }

    [Fact]
    public void A_definition_with_a_layout_for_every_step_keeps_its_positions_from_the_margin()
    {
        var definition = DefinitionReader.Read("""
            {
              "key": "placed", "version": 1, "name": "Placed",
              "nodes": [{ "id": "start", "type": "Start" }, { "id": "end", "type": "End" }],
              "edges": [{ "from": "start", "to": "end" }],
              "layout": { "start": { "x": 100, "y": 300 }, "end": { "x": 500, "y": 200 } }
            }
            """);

        var chart = DefinitionFlow.Of(definition);

        (chart.Find("start")!.X, chart.Find("start")!.Y).ShouldBe((FlowLayout.Margin, FlowLayout.Margin + 100));
        (chart.Find("end")!.X, chart.Find("end")!.Y).ShouldBe((FlowLayout.Margin + 400, FlowLayout.Margin));
    }

    [Fact]
    public void A_layout_that_misses_a_step_is_set_aside_for_the_automatic_one()
    {
        var definition = DefinitionReader.Read("""
            {
              "key": "partly", "version": 1, "name": "Partly",
              "nodes": [{ "id": "start", "type": "Start" }, { "id": "end", "type": "End" }],
              "edges": [{ "from": "start", "to": "end" }],
              "layout": { "start": { "x": 900, "y": 900 } }
            }
            """);

        var chart = DefinitionFlow.Of(definition);

        (chart.Find("start")!.X, chart.Find("end")!.X).ShouldBe((FlowLayout.Margin, FlowLayout.Margin + FlowLayout.BoxWidth + FlowLayout.ColumnGap));
    }

    private static int Crossings(FlowChart chart)
    {
        var forward = chart.Arrows.Where(a => !a.Back).Select(a => (From: chart.Find(a.From)!, To: chart.Find(a.To)!)).ToList();
        return forward.SelectMany((e, i) => forward.Skip(i + 1).Where(f => f.From.Layer == e.From.Layer && f.To.Layer == e.To.Layer
            && (e.From.Order - f.From.Order) * (e.To.Order - f.To.Order) < 0)).Count();
    }
}
