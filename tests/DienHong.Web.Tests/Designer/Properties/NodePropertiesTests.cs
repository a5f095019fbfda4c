using System.Text.Json.Nodes;
using Bunit;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Localization;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Properties;

/// <summary>The property panel is generated from the descriptors: every registered type, and a type the UI has never seen, gets a full panel whose edits give the right JSON.</summary>
public sealed class NodePropertiesTests
{
    public static TheoryData<string> Types() => [.. PropertiesContext.Registry.Types];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Every_registered_type_gets_a_panel_from_its_descriptor_and_each_edit_gives_its_json(string type)
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var descriptor = PropertiesContext.Registry.Find(type)!.Descriptor;
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = type }));

        host.Find("h2").TextContent.ShouldBe(descriptor.Name.Vi);
        var properties = CommonNodeProperties.All.Concat(descriptor.Properties).ToList();
        var shown = host.FindAll("[data-testid=property]").Select(p => p.GetAttribute("data-path")).ToList();
        shown.ShouldBe(["name", .. properties.Select(p => p.Name)]);
        foreach (var property in descriptor.Properties)
        {
            var editor = host.Find($"[data-path=\"{property.Name}\"]");
            editor.GetAttribute("data-kind").ShouldBe(property.Kind.ToString());
            editor.QuerySelector("label")!.TextContent.ShouldContain(property.Description.Vi);
            (editor.QuerySelector("label [data-testid=required]") is not null).ShouldBe(property.Required, property.Name);
        }

        foreach (var property in properties)
        {
            var raised = host.Instance.Raised.Count;
            var expected = PanelEdits.Edit(host, property.Name, property.Kind, property.Shape is { Fields.Count: > 0 });
            host.Instance.Raised.Count.ShouldBeGreaterThan(raised, property.Name);
            JsonNode.DeepEquals(host.Instance.Raised[^1][property.Name], expected).ShouldBeTrue($"{type}.{property.Name}: {host.Instance.Raised[^1].ToJsonString()}");
        }

        // Each edit kept the others: the node ends with every property set, id and type untouched.
        var node = host.Instance.Node;
        node["id"]!.GetValue<string>().ShouldBe("n");
        node["type"]!.GetValue<string>().ShouldBe(type);
        properties.ShouldAllBe(p => node.ContainsKey(p.Name));
    }

    [Fact]
    public async Task A_type_the_UI_has_never_seen_gets_an_editor_for_every_kind()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = PropertiesContext.Create(new EveryKindActivity());
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = EveryKindActivity.Type }));

        host.Find("h2").TextContent.ShouldBe("Every kind");
        foreach (var property in EveryKindActivity.Properties)
        {
            var expected = PanelEdits.Edit(host, property.Name, property.Kind, property.Shape is { Fields.Count: > 0 });
            JsonNode.DeepEquals(host.Instance.Raised[^1][property.Name], expected).ShouldBeTrue(property.Name);
        }

        Enum.GetValues<PropertyKind>().ShouldAllBe(k => EveryKindActivity.Properties.Any(p => p.Kind == k));
    }

    [Fact]
    public async Task A_shaped_object_is_laid_out_field_by_field_with_the_same_editors()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var node = new JsonObject
        {
            ["id"] = "n",
            ["type"] = "HumanTask",
            ["assignee"] = new JsonObject { ["role"] = "head" },
            ["outcomes"] = new JsonArray("Approve"),
            ["escalation"] = new JsonObject { ["after"] = new JsonObject { ["workingDays"] = 2 }, ["action"] = "reassign" },
            ["reminders"] = new JsonArray(new JsonObject { ["before"] = new JsonObject { ["workingDays"] = 1 } }),
        };
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(node));

        host.Find("[data-path=\"escalation.to\"]").GetAttribute("data-kind").ShouldBe(nameof(PropertyKind.Assignee));
        PanelEdits.Edit(host, "escalation.to", PropertyKind.Assignee, false);
        host.Instance.Raised[^1]["escalation"]!.ToJsonString().ShouldBe("""{"after":{"workingDays":2},"action":"reassign","to":{"role":"union-chair"}}""");

        host.Find("[data-path=\"reminders[0].after\"] input[data-testid=duration-amount]").Change("3");
        host.Instance.Raised[^1]["reminders"]!.ToJsonString().ShouldBe("""[{"before":{"workingDays":1},"after":{"workingDays":3}}]""");
        host.Find("[data-path=reminders] button[data-testid=add-item]").Click();
        host.Instance.Raised[^1]["reminders"]!.AsArray().Count.ShouldBe(2);
        host.FindAll("[data-path=reminders] [data-testid=remove-item]")[0].Click();
        host.Instance.Raised[^1]["reminders"]!.ToJsonString().ShouldBe("[{}]");
    }

    [Fact]
    public async Task The_panel_never_changes_the_definition_it_is_given()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var definition = PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = "HumanTask", ["outcomes"] = new JsonArray("Approve") });
        var before = definition.ToJsonString();
        var raised = new List<JsonObject>();
        var panel = ctx.Render<Web.Components.Designer.Properties.NodeProperties>(p => p
            .Add(x => x.Definition, definition).Add(x => x.NodeId, "n").Add(x => x.NodeChanged, (JsonObject n) => raised.Add(n)));

        panel.Find("[data-path=outcomes] input[data-testid=add-text]").Change("Reject");
        panel.Find("[data-path=outcomes] button[data-testid=add]").Click();

        definition.ToJsonString().ShouldBe(before);
        raised.Single().ToJsonString().ShouldBe("""{"id":"n","type":"HumanTask","outcomes":["Approve","Reject"]}""");
    }

    [Fact]
    public async Task An_outcome_is_renamed_and_removed_in_place()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = "HumanTask", ["outcomes"] = new JsonArray("Approve", "Reject", "Later") }));

        host.FindAll("[data-path=outcomes] input[data-testid=item]")[1].Change("Refuse");
        host.Instance.Node["outcomes"]!.ToJsonString().ShouldBe("""["Approve","Refuse","Later"]""");
        host.FindAll("[data-path=outcomes] button[data-testid=remove]")[2].Click();
        host.Instance.Node["outcomes"]!.ToJsonString().ShouldBe("""["Approve","Refuse"]""");
    }

    [Fact]
    public async Task Read_only_shows_the_same_panel_with_nothing_to_change()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var node = new JsonObject
        {
            ["id"] = "n",
            ["type"] = "HumanTask",
            ["assignee"] = new JsonObject { ["role"] = "head" },
            ["outcomes"] = new JsonArray("Approve"),
            ["due"] = new JsonObject { ["workingDays"] = 5 },
            ["reminders"] = new JsonArray(new JsonObject()),
        };
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(node), readOnly: true);

        var topLevel = host.FindAll("[data-testid=property]").Select(p => p.GetAttribute("data-path")!).Where(p => !p.Contains('.', StringComparison.Ordinal)).ToList();
        topLevel.Count.ShouldBe(1 + CommonNodeProperties.All.Count + PropertiesContext.Registry.Find("HumanTask")!.Descriptor.Properties.Count);
        // Only the day a duration's preview counts from can still be chosen: it changes nothing in the definition.
        host.FindAll("input, textarea").Where(i => !i.HasAttribute("readonly") && !i.HasAttribute("disabled")).Select(i => i.Closest("[data-testid=duration-preview-start]") is null ? i.OuterHtml : "preview start")
            .ShouldBe(["preview start"]);
        host.FindAll("[data-testid=add], [data-testid=remove], [data-testid=add-item], [data-testid=remove-item], [data-testid=role-choice], [data-testid=add-object]").ShouldBeEmpty();
        host.FindAll("[data-testid=duration-kind]").ShouldAllBe(b => b.HasAttribute("disabled"));
        host.Find("[data-path=due] [data-testid=duration-preview]").TextContent.ShouldContain("kết thúc");
        host.Instance.Raised.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_finding_is_shown_next_to_its_property_and_the_others_on_the_node()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = PropertiesContext.Create();
        IReadOnlyList<ValidationFinding> findings =
        [
            new(12, null, "n", null, "property", "error", "property 'reminders': reminders count from the deadline, so the task needs 'due'"),
            new(12, null, "n", null, "unreachable", "error", "node is unreachable from Start"),
            new(3, null, "other", null, "property", "error", "property 'due': a duration of 0 means nothing here (give at least 1)"),
            new(12, null, "n", null, "trap", "warning", "node has no path to an End (a trap: the instance could never finish)"),
        ];
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = "HumanTask" }), findings: findings);

        host.Find("[data-path=reminders] [data-testid=property-finding]").TextContent.ShouldContain("reminders count from the deadline");
        host.Find("[data-path=due] [data-testid=property-finding]").TextContent.ShouldContain("needs 'due'");
        host.FindAll("[data-testid=node-finding]").Select(f => f.TextContent).ShouldBe(["node is unreachable from Start", "node has no path to an End (a trap: the instance could never finish)"]);
        host.FindAll("[data-testid=node-finding]")[1].ClassList.ShouldContain("mud-alert-text-warning");
    }

    [Fact]
    public async Task A_node_that_is_not_there_says_so()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = "HumanTask" }), nodeId: "missing");
        host.Find("[data-testid=no-node]").TextContent.ShouldBe("Định nghĩa này không có bước 'missing'.");
    }

    /// <summary>A node type no UI code knows, with a property of every kind: its panel comes from its descriptor alone.</summary>
    private sealed class EveryKindActivity : IActivity
    {
        public const string Type = "EveryKind";

        public static readonly IReadOnlyList<PropertyDescriptor> Properties =
        [
            .. Enum.GetValues<PropertyKind>().Select(k => new PropertyDescriptor("p" + k, k, k == PropertyKind.Text, new LocalizedText("Thuộc tính " + k, "Property " + k))),
            new("shaped", PropertyKind.Json, false, new LocalizedText("Có khuôn", "Shaped")) { Shape = DefinitionShapes.LegalBasis },
        ];

        public ActivityDescriptor Descriptor { get; } = new(Type, new LocalizedText("Mọi loại", "Every kind"), new LocalizedText("Thử", "Test"), "flow", Properties, []);

        public ActivityResult Execute(ActivityContext context) => throw new NotSupportedException();
    }
}
