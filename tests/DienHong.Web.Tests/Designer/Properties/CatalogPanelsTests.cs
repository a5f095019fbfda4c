using System.Text.Json.Nodes;
using Bunit;
using DienHong.Web.Localization;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Properties;

/// <summary>Every node of every catalog workflow opens in the panel, with each of its properties in an editor, and opening changes nothing.</summary>
public sealed class CatalogPanelsTests
{
    public static TheoryData<string> Catalog() => [.. Directory.GetFiles(Folder(), "*.workflow.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Catalog))]
    public async Task Every_node_of_a_catalog_workflow_opens_with_its_properties_in_editors(string file)
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var text = await File.ReadAllTextAsync(Path.Combine(Folder(), file));
        var definition = JsonNode.Parse(text)!.AsObject();
        foreach (var node in definition["nodes"]!.AsArray().OfType<JsonObject>())
        {
            var id = node["id"]!.GetValue<string>();
            var host = PropertiesContext.Render(ctx, definition, id);
            host.Find("[data-testid=node-properties]").GetAttribute("data-node").ShouldBe(id);
            host.FindAll("[data-testid=unknown-type]").ShouldBeEmpty();
            var paths = host.FindAll("[data-testid=property]").Select(p => p.GetAttribute("data-path")).ToHashSet();
            node.Select(p => p.Key).Where(k => k is not "id" and not "type").ShouldAllBe(k => paths.Contains(k), $"{file}: {id}");
            host.Instance.Raised.ShouldBeEmpty();
        }

        definition.ToJsonString().ShouldBe(JsonNode.Parse(text)!.ToJsonString());
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows", "definitions");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("workflows/definitions");
    }
}
