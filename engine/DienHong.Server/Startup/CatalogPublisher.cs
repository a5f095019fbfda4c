using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Catalog;
using DienHong.Engine.Definitions;
using DienHong.Engine.Storage;
using DienHong.Engine.Validation;
using DienHong.Server.Configuration;
using DienHong.Server.Resources;

namespace DienHong.Server.Startup;

/// <summary>
/// Publishes the regulation catalog (danh mục quy trình) at start: each <c>*.workflow.json</c> of the catalog folder
/// under the version it states. A definition already published with the same content is left alone, so a second
/// start does nothing; a file that is invalid or differs from its published version is reported and skipped.
/// </summary>
public sealed class CatalogPublisher(DefinitionCatalog repository, DefinitionValidator validator)
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public async Task<CatalogResult> PublishAsync(string folder, CancellationToken cancellationToken)
    {
        var result = new CatalogResult(folder);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        var stored = (await repository.ListAsync(cancellationToken)).ToDictionary(d => (d.Key, d.Version));
        foreach (var file in Directory.EnumerateFiles(folder, "*.workflow.json").Order(StringComparer.Ordinal))
        {
            // A definition published with the same content needs no validation: a second start stays quick.
            if (PublishedAs(file, stored) is { } published)
            {
                if (published.Same)
                {
                    result.Unchanged++;
                }
                else
                {
                    result.Refused.Add((Path.GetFileName(file), ServerSettings.F(ServerText.CatalogChanged, published.Key, published.Version)));
                }

                continue;
            }

            var report = validator.ValidateFile(file);
            if (!report.IsValid)
            {
                result.Refused.Add((Path.GetFileName(file), string.Join("; ", report.Errors.Select(e => e.ToString()))));
                continue;
            }

            var json = DefinitionText.ReadFile(file, validator.Limits);
            try
            {
                await repository.ImportPublishedAsync(json, DefinitionCatalog.SystemActor, cancellationToken);
                result.Published++;
            }
            catch (Exception e) when (e is InvalidOperationException or DefinitionRejectedException or DefinitionInputException)
            {
                result.Refused.Add((Path.GetFileName(file), e.Message));
            }
        }

        return result;
    }

    /// <summary>The file's key and version when they are published already, and whether with the same content; null when not (or unreadable).</summary>
    private (string Key, int Version, bool Same)? PublishedAs(string file, Dictionary<(string, int), StoredDefinition> stored)
    {
        try
        {
            var node = JsonNode.Parse(DefinitionText.ReadFile(file, validator.Limits), documentOptions: Lenient);
            return node?["key"]?.GetValue<string>() is { } key && node["version"]?.GetValue<int>() is { } version && stored.TryGetValue((key, version), out var existing)
                ? (key, version, JsonNode.DeepEquals(node, JsonNode.Parse(existing.Json, documentOptions: Lenient)))
                : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or DefinitionInputException or IOException)
        {
            // A key given twice, a truncated file: the validator below names what is wrong with it.
            return null;
        }
    }
}
