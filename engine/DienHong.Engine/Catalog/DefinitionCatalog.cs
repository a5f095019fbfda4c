using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Validation;

namespace DienHong.Engine.Catalog;

/// <summary>
/// Versioned definitions (phiên bản quy trình), the engine's policy over any <see cref="IDefinitionStore"/>: a draft is
/// edited, publishing freezes it, editing a published definition makes the next draft, and a published version is
/// never changed.
/// </summary>
public sealed class DefinitionCatalog(IDefinitionStore store, DefinitionValidator validator, TimeProvider clock)
{
    /// <summary>The actor of what the engine does on its own: the catalog a server publishes at start, a scenario's workflow.</summary>
    public const string SystemActor = "system";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Saves <paramref name="json"/> as the draft of its key: the open draft is replaced, else a new version is made
    /// after the newest. A draft may be unfinished but not unreadable: a text that is not JSON, breaks the input limits
    /// or repeats a key is refused with <see cref="DefinitionRejectedException"/>. The draft's version is the catalog's to give.
    /// </summary>
    public async Task<StoredDefinition> SaveDraftAsync(string json, string actor, CancellationToken cancellationToken = default)
    {
        var check = validator.Validate("draft.workflow.json", json);
        var unreadable = check.Errors.Where(e => DefinitionValidator.InputRules.Contains(e.Rule)).ToList();
        if (unreadable.Count > 0)
        {
            throw new DefinitionRejectedException(new ValidationReport(check.File, unreadable));
        }

        var parsed = DefinitionReader.Read(json);
        var versions = await store.ListAsync(parsed.Key, cancellationToken).ConfigureAwait(false);
        var draft = versions.LastOrDefault(v => v.Status == DefinitionStatus.Draft);
        var version = draft?.Version ?? (versions.Count == 0 ? Math.Max(parsed.Version, 1) : versions[^1].Version + 1);
        var text = parsed.Version == version ? json : WithVersion(json, version);
        var now = clock.GetUtcNow();
        if (draft is not null && await store.ReplaceDraftAsync(draft.Id, parsed.Name.Vi, text, new DefinitionStamp(actor, now), cancellationToken).ConfigureAwait(false))
        {
            return draft with { Json = text };
        }

        if (draft is not null)
        {
            throw new ConcurrencyConflictException($"Definition '{parsed.Key}' version {version} was published while its draft was being saved.");
        }

        var added = new NewDefinition(Ids.New(), parsed.Key, version, DefinitionStatus.Draft, parsed.Name.Vi, text, now, actor);
        await store.AddAsync(added, null, cancellationToken).ConfigureAwait(false);
        return new StoredDefinition(added.Id, added.Key, added.Version, added.Status, added.Json);
    }

    /// <summary>
    /// Publishes a draft after validating it, with a <see cref="JournalEvents.DefinitionPublished"/> entry in the same
    /// transaction (<paramref name="changes"/>: what changed against the version it replaces, when the caller compared
    /// them); throws <see cref="DefinitionRejectedException"/> with every error.
    /// </summary>
    public async Task<StoredDefinition> PublishAsync(string key, int version, string actor, PublishedChanges? changes = null, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync(key, version, cancellationToken).ConfigureAwait(false);
        if (row.Status != DefinitionStatus.Draft)
        {
            throw new InvalidOperationException($"Definition '{key}' version {version} is {row.Status.ToString().ToLowerInvariant()}, not a draft.");
        }

        var report = validator.Validate($"{key}.workflow.json", row.Json);
        if (!report.IsValid)
        {
            throw new DefinitionRejectedException(report);
        }

        var now = clock.GetUtcNow();
        var entry = await PublishEntryAsync(key, version, actor, now, changes, cancellationToken).ConfigureAwait(false);
        return await store.ChangeStatusAsync(row.Id, DefinitionStatus.Draft, DefinitionStatus.Published, new DefinitionStamp(actor, now), entry, cancellationToken).ConfigureAwait(false)
            ? row with { Status = DefinitionStatus.Published }
            : throw new ConcurrencyConflictException($"Definition '{key}' version {version} changed while it was being published.");
    }

    /// <summary>Imports a file as a published version on the engine's own account (<see cref="SystemActor"/>).</summary>
    public Task<StoredDefinition> ImportPublishedAsync(string json, CancellationToken cancellationToken = default) =>
        ImportPublishedAsync(json, SystemActor, cancellationToken);

    /// <summary>
    /// Imports a file as a published version with the version it states, journalled as a publish by <paramref name="actor"/>.
    /// The same text again is a no-op; a different text under an existing version is refused, because published versions never change.
    /// </summary>
    public async Task<StoredDefinition> ImportPublishedAsync(string json, string actor, CancellationToken cancellationToken = default)
    {
        var parsed = DefinitionReader.Read(json);
        var existing = (await store.ListAsync(parsed.Key, cancellationToken).ConfigureAwait(false)).FirstOrDefault(d => d.Version == parsed.Version);
        if (existing is not null)
        {
            return existing.Json == json && existing.Status == DefinitionStatus.Published
                ? existing
                : throw new InvalidOperationException($"Definition '{parsed.Key}' version {parsed.Version} exists already and a published version cannot be changed: give the file a new version.");
        }

        var report = validator.Validate($"{parsed.Key}.workflow.json", json);
        if (!report.IsValid)
        {
            throw new DefinitionRejectedException(report);
        }

        var now = clock.GetUtcNow();
        var added = new NewDefinition(Ids.New(), parsed.Key, parsed.Version, DefinitionStatus.Published, parsed.Name.Vi, json, now, actor);
        var entry = await PublishEntryAsync(parsed.Key, parsed.Version, actor, now, null, cancellationToken).ConfigureAwait(false);
        await store.AddAsync(added, entry, cancellationToken).ConfigureAwait(false);
        return new StoredDefinition(added.Id, added.Key, added.Version, added.Status, added.Json);
    }

    /// <summary>A retired version starts no new instances; running ones finish on it.</summary>
    public async Task RetireAsync(string key, int version, string actor, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync(key, version, cancellationToken).ConfigureAwait(false);
        if (row.Status != DefinitionStatus.Retired)
        {
            await store.ChangeStatusAsync(row.Id, row.Status, DefinitionStatus.Retired, new DefinitionStamp(actor, clock.GetUtcNow()), null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every version, by key then version.</summary>
    public async Task<IReadOnlyList<StoredDefinition>> ListAsync(CancellationToken cancellationToken = default) =>
        await store.ListAsync(null, cancellationToken).ConfigureAwait(false);

    /// <summary>The newest published version of each key.</summary>
    public async Task<IReadOnlyList<StoredDefinition>> NewestPublishedAsync(CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => d.Status == DefinitionStatus.Published)
            .GroupBy(d => d.Key)
            .Select(g => g.MaxBy(d => d.Version)!)];

    private async Task<StoredDefinition> FindAsync(string key, int version, CancellationToken cancellationToken) =>
        (await store.ListAsync(key, cancellationToken).ConfigureAwait(false)).FirstOrDefault(d => d.Version == version)
        ?? throw new KeyNotFoundException($"Definition '{key}' version {version} does not exist.");

    /// <summary>The next entry of the key's journal: the version published, the published version it replaces, and what changed.</summary>
    private async Task<JournalEntry> PublishEntryAsync(string key, int version, string actor, DateTimeOffset at, PublishedChanges? changes, CancellationToken cancellationToken)
    {
        var journal = await store.JournalAsync(key, cancellationToken).ConfigureAwait(false);
        var replaces = (await store.ListAsync(key, cancellationToken).ConfigureAwait(false))
            .Where(d => d.Status == DefinitionStatus.Published && d.Version != version)
            .Select(d => (int?)d.Version)
            .Max();
        var data = new JsonObject { ["version"] = version, ["replaces"] = replaces };
        if (changes is not null)
        {
            data["changes"] = new JsonObject(changes.Counts.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value)));
            data["summary"] = changes.Summary;
        }

        return DefinitionJournal.Next(journal.Count == 0 ? null : journal[^1], key, at, JournalEvents.DefinitionPublished, actor, data.ToJsonString());
    }

    private static string WithVersion(string json, int version)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["version"] = version;
        return node.ToJsonString(Indented);
    }
}
