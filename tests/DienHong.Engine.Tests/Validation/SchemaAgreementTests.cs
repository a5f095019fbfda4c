using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Validation;

/// <summary>The JSON Schema and the validator know the same keys for every shape they share.</summary>
public sealed class SchemaAgreementTests
{
    private static readonly JsonElement Schema = LoadSchema();

    /// <summary>Every activity the engine registers, as a host registers them.</summary>
    private static readonly ActivityRegistry Registry = new ServiceCollection()
        .AddDienHongEngine(null, typeof(Workflows.Activities.HumanTaskActivity).Assembly)
        .BuildServiceProvider()
        .GetRequiredService<ActivityRegistry>();

    public static TheoryData<string> Shapes() => [.. AllShapes().Keys];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_schema_declares_the_same_keys_as_the_shape(string name)
    {
        var shape = AllShapes()[name];
        var schema = name == DefinitionShapes.Definition.Name ? Schema : ObjectBranch(Def(name));

        if (shape.FreeKeys)
        {
            schema.GetProperty("additionalProperties").GetProperty("$ref").GetString().ShouldBe($"#/$defs/{shape.Values!.Name}");
            return;
        }

        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(shape.Fields.Select(f => f.Name), ignoreOrder: true);
        schema.GetProperty("additionalProperties").ValueKind.ShouldBe(JsonValueKind.False, $"$defs/{name} must refuse unknown keys");
    }

    [Fact]
    public void Every_node_property_the_schema_names_is_known_to_the_validator()
    {
        var known = CommonNodeProperties.Fields.Select(f => f.Name)
            .Concat(Registry.All.SelectMany(a => a.Descriptor.Properties.Select(p => p.Name)))
            .ToHashSet();

        var named = Schema.GetProperty("properties").GetProperty("nodes").GetProperty("items").GetProperty("properties").EnumerateObject().Select(p => p.Name);

        named.Where(n => !known.Contains(n)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_shape_is_found() =>
        AllShapes().Keys.ShouldBe(
        [
            "definition", "text", "legalBasis", "variable", "edge", "layout", "layoutPosition", "outcomeLabels", "duration", "assignee", "reminder",
            "escalation", "formField", "schedule", "switchCase", "joinPolicy", "voteElectorate", "voteQuestion", "voteQuorum", "voteThreshold",
            "reviewCompletion", "notifyRecipient",
        ],
        ignoreOrder: true);

    /// <summary>Every shape reachable from the top level, the common node keys and every activity's descriptor, by name.</summary>
    private static Dictionary<string, ObjectShape> AllShapes()
    {
        var fields = CommonNodeProperties.Fields.Concat(Registry.All.SelectMany(a => a.Descriptor.Properties.Select(p => p.AsField())));
        var found = new Dictionary<string, ObjectShape>(StringComparer.Ordinal);
        void Add(ObjectShape? shape)
        {
            // A map with free keys and free values (e.g. a node's ends) has nothing to agree on.
            if (shape is null || (shape.FreeKeys && shape.Values is null) || !found.TryAdd(shape.Name, shape))
            {
                return;
            }

            found[shape.Name].Fields.ToList().ForEach(f => Add(f.ValueShape));
            Add(shape.Values);
        }

        Add(DefinitionShapes.Definition);
        foreach (var field in fields)
        {
            Add(field.ValueShape);
        }

        return found;
    }

    private static JsonElement Def(string name) =>
        Schema.GetProperty("$defs").TryGetProperty(name, out var def) ? def : throw new ShouldAssertException($"the schema has no $defs/{name}");

    /// <summary>The object form of a definition that may also be a string (a text is a string or { vi, en }).</summary>
    private static JsonElement ObjectBranch(JsonElement def) =>
        def.TryGetProperty("oneOf", out var branches) ? branches.EnumerateArray().Single(b => b.TryGetProperty("properties", out _)) : def;

    private static JsonElement LoadSchema()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "workflows", "schema", "workflow.schema.json")));
        return doc.RootElement.Clone();
    }
}
