using System.Collections.Concurrent;
using DienHong.Engine.Definitions;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>
/// Compiled definitions by version id. A published version never changes, so it is compiled once per process;
/// drafts are never cached.
/// </summary>
internal sealed class DefinitionCache(DefinitionCompiler compiler, IWorkflowStore store)
{
    private readonly ConcurrentDictionary<string, CompiledDefinition> cache = new(StringComparer.Ordinal);

    public async ValueTask<CompiledDefinition> GetAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(definitionId, out var compiled))
        {
            return compiled;
        }

        var stored = await store.GetDefinitionAsync(definitionId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Definition version '{definitionId}' is not stored.");
        return Get(stored);
    }

    private CompiledDefinition Get(StoredDefinition stored) =>
        stored.Status == DefinitionStatus.Draft
            ? Compile(stored)
            : cache.GetOrAdd(stored.Id, _ => Compile(stored));

    private CompiledDefinition Compile(StoredDefinition stored) => compiler.Compile(stored.Id, DefinitionReader.Read(stored.Json));
}
