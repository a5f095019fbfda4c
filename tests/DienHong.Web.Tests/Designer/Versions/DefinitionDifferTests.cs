using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Web.Application.Designer.Versions;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Versions;

/// <summary>The structural diff on real catalog definitions: what changed, where, and the summary line of a publish.</summary>
public sealed class DefinitionDifferTests
{
    private static JsonObject Catalog(string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "definitions", key + ".workflow.json")))!.AsObject();

    private static JsonObject Node(JsonObject definition, string id) =>
        definition["nodes"]!.AsArray().Select(n => n!.AsObject()).Single(n => (string)n["id"]! == id);

    [Fact]
    public void A_longer_opinion_window_is_one_property_change_on_its_node()
    {
        var older = Catalog("internal-regulation");
        var newer = older.DeepClone().AsObject();
        Node(newer, "consult-staff")["deadline"]!["workingDays"] = 15;

        var diff = DefinitionDiffer.Compare(older, newer);

        diff.Changes.ShouldHaveSingleItem().ShouldBe(new DiffChange(DiffKind.Changed, DiffTarget.Property, "consult-staff", "nodes.consult-staff.deadline.workingDays", "10", "15"));
        diff.NodesTouched.ShouldBe(["consult-staff"]);
        diff.Summary(CultureInfo.InvariantCulture).ShouldBe("1 node changed");
        diff.Summary(CultureInfo.GetCultureInfo("vi")).ShouldBe("sửa 1 bước");
    }

    [Fact]
    public void An_extra_review_adds_a_node_and_reroutes_its_edges()
    {
        var older = Catalog("internal-regulation");
        var newer = older.DeepClone().AsObject();
        newer["nodes"]!.AsArray().Add(new JsonObject { ["id"] = "legal-review", ["type"] = "HumanTask", ["assignee"] = new JsonObject { ["role"] = "legal" }, ["outcomes"] = new JsonArray("Done") });
        var edges = newer["edges"]!.AsArray();
        var second = edges.Single(e => (string)e!["from"]! == "draft")!.AsObject();
        second["to"] = "legal-review";
        edges.Add(new JsonObject { ["from"] = "legal-review", ["outcome"] = "Done", ["to"] = "union-co-draft" });
        Node(newer, "draft")["due"]!["workingDays"] = 20;

        var diff = DefinitionDiffer.Compare(older, newer);

        diff.Changes.Select(c => (c.Kind, c.Target, c.NodeId, c.Path)).ShouldBe([
            (DiffKind.Changed, DiffTarget.Property, "draft", "nodes.draft.due.workingDays"),
            (DiffKind.Added, DiffTarget.Node, "legal-review", "nodes.legal-review"),
            (DiffKind.Removed, DiffTarget.Edge, "draft", "edges.draft:Drafted->union-co-draft"),
            (DiffKind.Added, DiffTarget.Edge, "draft", "edges.draft:Drafted->legal-review"),
            (DiffKind.Added, DiffTarget.Edge, "legal-review", "edges.legal-review:Done->union-co-draft"),
        ], ignoreOrder: true);
        diff.NodesTouched.ShouldBe(["draft", "legal-review", "union-co-draft"], ignoreOrder: true);
        diff.Summary(CultureInfo.InvariantCulture).ShouldBe("1 node added, 1 node changed, 2 edges added, 1 edge removed");
    }

    [Fact]
    public void Layout_version_and_the_order_of_nodes_and_edges_are_not_changes()
    {
        var older = Catalog("salary-step-regular");
        var newer = older.DeepClone().AsObject();
        newer["version"] = 7;
        newer["layout"] = new JsonObject { ["start"] = new JsonObject { ["x"] = 10, ["y"] = 20 } };
        var nodes = newer["nodes"]!.AsArray();
        var first = nodes[0]!;
        nodes.RemoveAt(0);
        nodes.Add(first);
        var edges = newer["edges"]!.AsArray();
        var edge = edges[0]!;
        edges.RemoveAt(0);
        edges.Add(edge);

        var diff = DefinitionDiffer.Compare(older, newer);

        diff.IsEmpty.ShouldBeTrue();
        diff.Summary(CultureInfo.InvariantCulture).ShouldBe("no changes");
    }

    [Fact]
    public void Top_level_fields_variables_and_removed_nodes_are_reported_with_before_and_after()
    {
        var older = Catalog("salary-step-regular");
        var newer = older.DeepClone().AsObject();
        newer["name"]!["en"] = "Regular salary step (agency)";
        var variables = newer["variables"]!.AsArray();
        var firstVariable = variables[0]!.AsObject();
        var name = (string)firstVariable["name"]!;
        variables.RemoveAt(0);
        variables.Add(new JsonObject { ["name"] = "note", ["type"] = "string" });
        var removed = (string)newer["nodes"]!.AsArray()[^1]!["id"]!;
        newer["nodes"]!.AsArray().RemoveAt(newer["nodes"]!.AsArray().Count - 1);

        var diff = DefinitionDiffer.Compare(older, newer);

        diff.Changes.ShouldContain(new DiffChange(DiffKind.Changed, DiffTarget.Definition, null, "name.en", (string?)older["name"]!["en"]!.ToJsonString(), "\"Regular salary step (agency)\""));
        diff.Changes.ShouldContain(c => c.Kind == DiffKind.Removed && c.Target == DiffTarget.Variable && c.Path == "variables." + name && c.After == null && c.Before!.Contains(name));
        diff.Changes.ShouldContain(new DiffChange(DiffKind.Added, DiffTarget.Variable, null, "variables.note", null, """{"name":"note","type":"string"}"""));
        diff.Changes.ShouldContain(c => c.Kind == DiffKind.Removed && c.Target == DiffTarget.Node && c.NodeId == removed && c.After == null);
        diff.NodesTouched.ShouldContain(removed);
    }
}
