using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;
using DienHong.Engine.Validation;
using DienHong.Persistence;
using DienHong.Server.Configuration;
using DienHong.Server.Resources;

namespace DienHong.Server.Startup;

/// <summary>
/// Publishes the regulation catalog (danh mục quy trình) at start: each <c>*.workflow.json</c> of the catalog folder
/// under the version it states. A definition already published with the same content is left alone, so a second
/// start does nothing; a file that is invalid or differs from its published version is reported and skipped.
/// </summary>
public sealed class CatalogPublisher(DefinitionRepository repository, DefinitionValidator validator)
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
            var report = validator.ValidateFile(file);
            if (!report.IsValid)
            {
                result.Refused.Add((Path.GetFileName(file), string.Join("; ", report.Errors.Select(e => e.ToString()))));
                continue;
            }

            var json = DefinitionText.ReadFile(file, validator.Limits);
            var node = JsonNode.Parse(json, documentOptions: Lenient)!;
            var (key, version) = (node["key"]!.GetValue<string>(), node["version"]!.GetValue<int>());
            if (stored.TryGetValue((key, version), out var existing))
            {
                if (JsonNode.DeepEquals(node, JsonNode.Parse(existing.Json, documentOptions: Lenient)))
                {
                    result.Unchanged++;
                }
                else
                {
                    result.Refused.Add((Path.GetFileName(file), ServerSettings.F(ServerText.CatalogChanged, key, version)));
                }

                continue;
            }

            try
            {
                await repository.ImportPublishedAsync(json, cancellationToken);
                result.Published++;
            }
            catch (Exception e) when (e is InvalidOperationException or DefinitionRejectedException or DefinitionInputException)
            {
                result.Refused.Add((Path.GetFileName(file), e.Message));
            }
        }

        return result;
    }
}
