using DienHong.Engine.Catalog;
using DienHong.Persistence;
using DienHong.Server.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>The catalog published at start: invalid files and changed published versions are reported and skipped, never fatal.</summary>
public sealed class CatalogTests : IDisposable
{
    private readonly DataFolder folder = new();

    [Fact]
    public async Task An_invalid_file_and_a_changed_published_version_are_reported_and_the_rest_published()
    {
        var catalog = Directory.CreateDirectory(folder.File("catalog")).FullName;
        var shipped = Path.Combine(AppContext.BaseDirectory, "catalog", "discipline.workflow.json");
        var copy = Path.Combine(catalog, "discipline.workflow.json");
        File.Copy(shipped, copy);
        await File.WriteAllTextAsync(Path.Combine(catalog, "broken.workflow.json"), "{ \"key\": ");
        await File.WriteAllTextAsync(Path.Combine(catalog, "twice.workflow.json"), "{ \"key\": \"discipline\", \"key\": \"x\", \"version\": 1 }");
        var settings = new Dictionary<string, string?> { ["DienHong:Catalog"] = catalog };
        var data = folder.File("data");
        await using (var first = new ServerFactory(data, settings).Started())
        {
            first.Output.ShouldContain("Regulation catalog: 1 published, 0 unchanged");
            first.Output.ShouldContain("Regulation catalog: broken.workflow.json not published: ");
            first.Output.ShouldContain("Regulation catalog: twice.workflow.json not published: ");
        }

        var text = await File.ReadAllTextAsync(copy);
        await File.WriteAllTextAsync(copy, text.Insert(text.IndexOf("\"name\"", StringComparison.Ordinal), "\"x-note\": \"changed\", "));
        await using var second = new ServerFactory(data, settings).Started();
        second.Output.ShouldContain("Regulation catalog: 0 published, 0 unchanged");
        var version = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt32();
        second.Output.ShouldContain($"discipline.workflow.json not published: 'discipline' version {version} is published with another content");
        (await second.Services.GetRequiredService<DefinitionCatalog>().ListAsync()).Select(d => d.Key).ShouldBe(["discipline"]);
    }

    public void Dispose() => folder.Dispose();
}
