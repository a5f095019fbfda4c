using System.Collections.Concurrent;
using DienHong.Engine.Definitions;
using DienHong.Engine.Storage;

namespace DienHong.Web.Application;

/// <summary>
/// The definitions of running cases (định nghĩa của hồ sơ), read by id and kept: a version a case is pinned to is
/// published or retired, and neither changes, so its names and variables are read once per process.
/// </summary>
public sealed class DefinitionLookup(IWorkflowStore store)
{
    private readonly ConcurrentDictionary<string, WorkflowDefinition> read = new(StringComparer.Ordinal);

    public async ValueTask<WorkflowDefinition?> GetAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        if (read.TryGetValue(definitionId, out var known))
        {
            return known;
        }

        if (await store.GetDefinitionAsync(definitionId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        var definition = DefinitionReader.Read(stored.Json);
        // A draft can still change: only frozen versions are kept.
        return stored.Status == DefinitionStatus.Draft ? definition : read.GetOrAdd(definitionId, definition);
    }
}
