using System.Text.Json.Nodes;
using DienHong.Engine.Validation;
using DienHong.Web.Application.Designer.Canvas;
using DienHong.Web.Application.Flowcharts;
using DienHong.Web.Components.Shared;
using DienHong.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Canvas;

/// <summary>The designer's document: the catalog opens and saves back unchanged, and every canvas edit is an exact change of the definition's JSON.</summary>
public sealed class DesignerDocumentTests : IAsyncLifetime
{
    private const string Sequence = """
        {
          "key": "sample-sequence", "version": 1, "name": { "vi": "Mẫu", "en": "Sample" },
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "draft", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": ["Submitted", "Withdrawn"] },
            { "id": "done", "type": "End" }
          ],
          "edges": [
            { "from": "start", "to": "draft" },
            { "from": "draft", "outcome": "Submitted", "to": "done" },
            { "from": "draft", "outcome": "Withdrawn", "to": "done" }
          ]
        }
        """;

    private DesignerHost host = null!;

    public async Task InitializeAsync() => host = await DesignerHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> Catalog() => [.. DesignerHost.CatalogFiles.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Catalog))]
    public void A_catalog_definition_opens_with_every_edge_on_a_port_and_saves_back_to_the_same_json(string file)
    {
        var text = File.ReadAllText(Path.Combine(DesignerHost.CatalogFolder, file));
        var document = DesignerDocument.Parse(text);
        var canvas = CanvasModel.Of(document, host.Activities);

        canvas.Nodes.Count.ShouldBe(document.Nodes.Count());
        canvas.Nodes.ShouldAllBe(n => n.TypeName != null);
        document.Positions().Keys.ShouldBe(canvas.Nodes.Select(n => n.Id), ignoreOrder: true);
        foreach (var edge in canvas.Edges)
        {
            canvas.Node(edge.From).ShouldNotBeNull().Ports.Select(p => p.Outcome).ShouldContain(edge.Outcome, $"edge {edge.Index} of {file}");
            canvas.Node(edge.To).ShouldNotBeNull().HasInput.ShouldBeTrue();
        }

        var saved = JsonNode.Parse(document.ToJson())!.AsObject();
        saved.Remove("layout");
        var original = JsonNode.Parse(text)!.AsObject();
        original.Remove("layout");
        JsonNode.DeepEquals(saved, original).ShouldBeTrue();
    }

    [Fact]
    public void A_node_has_a_port_per_declared_outcome_and_one_for_any_outcome_and_an_end_has_none()
    {
        var canvas = CanvasModel.Of(DesignerDocument.Parse(Sequence), host.Activities);

        canvas.Node("draft")!.Ports.Select(p => p.Outcome).ShouldBe([null, "Submitted", "Withdrawn"]);
        canvas.Node("done")!.Ports.ShouldBeEmpty();
        canvas.Node("start")!.HasInput.ShouldBeFalse();
    }

    [Fact]
    public void The_canvas_reads_the_outcome_labels_and_labels_its_edges_in_the_page_language()
    {
        var document = DesignerDocument.Parse(Sequence);
        document.Root["outcomeLabels"] = new JsonObject { ["Submitted"] = new JsonObject { ["vi"] = "Đã trình", ["en"] = "Sent up" }, ["Withdrawn"] = "Rút lại" };

        var canvas = CanvasModel.Of(document, host.Activities);

        canvas.OutcomeLabels.Keys.ShouldBe(["Submitted", "Withdrawn"], ignoreOrder: true);
        using (new CultureScope(AppCultures.Vietnamese))
        {
            OutcomeLabels.Of(canvas.OutcomeLabels, "Submitted").ShouldBe("Đã trình");
            OutcomeLabels.Of(canvas.OutcomeLabels, "Withdrawn").ShouldBe("Rút lại");
            OutcomeLabels.Of(canvas.OutcomeLabels, "Overdue").ShouldBe("Quá hạn");
        }

        using (new CultureScope(AppCultures.English))
        {
            OutcomeLabels.Of(canvas.OutcomeLabels, "Submitted").ShouldBe("Sent up");
        }
    }

    [Fact]
    public void An_added_node_has_a_fresh_id_its_names_and_empty_required_properties_that_the_validator_reports()
    {
        var document = DesignerDocument.Parse(Sequence);
        var humanTask = host.Activities.Find("HumanTask")!.Descriptor;

        var first = document.AddNode(humanTask, new FlowPoint(400, 120));
        var second = document.AddNode(humanTask, new FlowPoint(400, 240));

        (first, second).ShouldBe(("human-task-1", "human-task-2"));
        var node = document.Node(first)!;
        node["name"]!["vi"]!.GetValue<string>().ShouldBe(humanTask.Name.Vi);
        foreach (var required in humanTask.Properties.Where(p => p.Required))
        {
            node.ContainsKey(required.Name).ShouldBeTrue(required.Name);
        }

        document.Root["layout"]![first]!.ToJsonString().ShouldBe("""{"x":400,"y":120}""");
        var validator = host.Services.GetRequiredService<DefinitionValidator>();
        validator.Validate("t.workflow.json", document.ToJson()).Errors.ShouldContain(e => e.NodeId == first);
    }

    [Fact]
    public void The_first_move_of_a_definition_without_layout_keeps_every_other_node_where_it_was_drawn()
    {
        var document = DesignerDocument.Parse(Sequence);
        var drawn = document.Positions();

        document.Move("draft", new FlowPoint(333.4, 99.6));

        var layout = document.Root["layout"]!.AsObject();
        layout.Select(p => p.Key).ShouldBe(["start", "draft", "done"], ignoreOrder: true);
        document.Positions()["draft"].ShouldBe(new FlowPoint(333, 100));
        document.Positions()["done"].ShouldBe(new FlowPoint(Math.Round(drawn["done"].X), Math.Round(drawn["done"].Y)));
    }

    [Fact]
    public void Connecting_adds_one_edge_from_an_outcome_and_refuses_a_copy_or_a_loop_on_itself()
    {
        var document = DesignerDocument.Parse(Sequence);
        var end = document.AddNode(host.Activities.Find("End")!.Descriptor, new FlowPoint(600, 0));

        document.Connect("draft", "Withdrawn", end).ShouldBeTrue();
        document.Connect("draft", "Withdrawn", end).ShouldBeFalse();
        document.Connect("draft", null, "draft").ShouldBeFalse();

        document.Edges.Last().ToJsonString().ShouldBe($$"""{"from":"draft","outcome":"Withdrawn","to":"{{end}}"}""");
    }

    [Fact]
    public void Removing_a_node_removes_its_edges_and_position_and_removing_an_edge_only_that_edge()
    {
        var document = DesignerDocument.Parse(Sequence);
        document.Move("start", new FlowPoint(0, 0));

        document.RemoveEdges([2]);
        document.Edges.Count().ShouldBe(2);
        document.RemoveNodes(["draft"]);

        document.Nodes.Select(DesignerDocument.IdOf).ShouldBe(["start", "done"]);
        document.Edges.ShouldBeEmpty();
        document.Root["layout"]!.AsObject().ContainsKey("draft").ShouldBeFalse();
    }

    [Fact]
    public void Pasting_copies_the_nodes_under_fresh_ids_with_the_edges_between_them_only()
    {
        var document = DesignerDocument.Parse(Sequence);
        var clipboard = document.Copy(["draft", "done"]);

        var pasted = document.Paste(clipboard, new FlowPoint(40, 40));

        pasted.ShouldBe(["draft-1", "done-1"]);
        document.Edges.Where(e => e["from"]!.GetValue<string>() == "draft-1").Select(e => e["to"]!.GetValue<string>()).ShouldBe(["done-1", "done-1"]);
        document.Edges.ShouldNotContain(e => e["to"]!.GetValue<string>() == "draft-1");
        var original = document.Positions()["draft"];
        document.Positions()["draft-1"].ShouldBe(new FlowPoint(original.X + 40, original.Y + 40));
    }

    [Fact]
    public void Replacing_a_node_under_a_new_id_carries_its_edges_and_position()
    {
        var document = DesignerDocument.Parse(Sequence);
        document.Move("draft", new FlowPoint(10, 20));
        var changed = (JsonObject)document.Node("draft")!.DeepClone();
        changed["id"] = "prepare";

        document.ReplaceNode("draft", changed);

        document.Edges.Count(e => e["from"]!.GetValue<string>() == "prepare").ShouldBe(2);
        document.Edges.Single(e => e["to"]!.GetValue<string>() == "prepare")["from"]!.GetValue<string>().ShouldBe("start");
        document.Positions()["prepare"].ShouldBe(new FlowPoint(10, 20));
    }

    [Fact]
    public void Undo_and_redo_give_back_the_exact_texts_and_a_new_edit_drops_the_redo()
    {
        var history = new DocumentHistory();
        var document = DesignerDocument.Parse(Sequence);
        var before = document.ToJson();
        history.Record(before);
        document.RemoveNodes(["done"]);
        var after = document.ToJson();

        history.Undo(after).ShouldBe(before);
        history.CanUndo.ShouldBeFalse();
        history.Redo(before).ShouldBe(after);
        history.Undo(after).ShouldBe(before);
        history.Record(before);
        history.CanRedo.ShouldBeFalse();
    }

    [Fact]
    public void The_palette_offers_every_registered_type_once_grouped_flow_people_democracy_time()
    {
        var palette = host.Designer.Palette();

        palette.Select(g => g.Key).Take(4).ShouldBe([PaletteGroup.Flow, PaletteGroup.People, PaletteGroup.Democracy, PaletteGroup.Time]);
        palette.SelectMany(g => g.Items).Select(i => i.Type).ShouldBe(host.Activities.Types, ignoreOrder: true);
        palette.Single(g => g.Key == PaletteGroup.Democracy).Items.Select(i => i.Type).ShouldContain("Consultation");
    }
}
