using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Validation;
using DienHong.Persistence.Entities;
using DienHong.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Persistence;

/// <summary>
/// Versioned definitions (phiên bản quy trình): a draft is edited, publishing freezes it, and editing a published
/// definition makes the next draft. A published version is never changed. It works through the model
/// (<see cref="DienHongDbContext"/>), so on any database the model runs on.
/// </summary>
public sealed class DefinitionRepository(Func<DienHongDbContext> newContext, DefinitionValidator validator, TimeProvider clock)
{
    public DefinitionRepository(SqliteDatabase database, DefinitionValidator validator, TimeProvider clock)
        : this(database.NewContext, validator, clock)
    {
    }

    /// <summary>
    /// Saves <paramref name="json"/> as the draft of its key: the open draft is replaced, else a new version is made.
    /// A draft may be unfinished but not unreadable: a text that is not JSON, breaks the input limits or repeats a key
    /// is refused with <see cref="DefinitionRejectedException"/>. The draft's version is the repository's to give.
    /// </summary>
    public async Task<StoredDefinition> SaveDraftAsync(string json, CancellationToken cancellationToken = default)
    {
        var check = validator.Validate("draft.workflow.json", json);
        var unreadable = check.Errors.Where(e => DefinitionValidator.InputRules.Contains(e.Rule)).ToList();
        if (unreadable.Count > 0)
        {
            throw new DefinitionRejectedException(new ValidationReport(check.File, unreadable));
        }

        var parsed = DefinitionReader.Read(json);
        await using var db = newContext();
        var versions = await db.Definitions.Where(d => d.Key == parsed.Key).OrderByDescending(d => d.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
        var draft = versions.FirstOrDefault(v => v.Status == nameof(DefinitionStatus.Draft));
        var version = draft?.Version ?? (versions.Count == 0 ? Math.Max(parsed.Version, 1) : versions[0].Version + 1);
        var text = parsed.Version == version ? json : WithVersion(json, version);
        if (draft is null)
        {
            draft = new DefinitionEntity
            {
                Id = Ids.New(),
                Key = parsed.Key,
                Version = version,
                Status = nameof(DefinitionStatus.Draft),
                Name = parsed.Name.Vi,
                Json = text,
                CreatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            };
            db.Definitions.Add(draft);
        }
        else
        {
            draft.Json = text;
            draft.Name = parsed.Name.Vi;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToStored(draft);
    }

    /// <summary>Publishes a draft after validating it; throws <see cref="DefinitionRejectedException"/> with every error.</summary>
    public async Task<StoredDefinition> PublishAsync(string key, int version, CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        var row = await db.Definitions.SingleOrDefaultAsync(d => d.Key == key && d.Version == version, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Definition '{key}' version {version} does not exist.");
        if (row.Status != nameof(DefinitionStatus.Draft))
        {
            throw new InvalidOperationException($"Definition '{key}' version {version} is {row.Status.ToLowerInvariant()}, not a draft.");
        }

        var report = validator.Validate($"{key}.workflow.json", row.Json);
        if (!report.IsValid)
        {
            throw new DefinitionRejectedException(report);
        }

        row.Status = nameof(DefinitionStatus.Published);
        row.PublishedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToStored(row);
    }

    /// <summary>
    /// Imports a file as a published version with the version it states. The same text again is a no-op; a
    /// different text under a published version is refused, because published versions never change.
    /// </summary>
    public async Task<StoredDefinition> ImportPublishedAsync(string json, CancellationToken cancellationToken = default)
    {
        var parsed = DefinitionReader.Read(json);
        await using var db = newContext();
        var existing = await db.Definitions.SingleOrDefaultAsync(d => d.Key == parsed.Key && d.Version == parsed.Version, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            if (existing.Json == json && existing.Status == nameof(DefinitionStatus.Published))
            {
                return ToStored(existing);
            }

            throw new InvalidOperationException($"Definition '{parsed.Key}' version {parsed.Version} exists already and a published version cannot be changed: give the file a new version.");
        }

        var report = validator.Validate($"{parsed.Key}.workflow.json", json);
        if (!report.IsValid)
        {
            throw new DefinitionRejectedException(report);
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var row = new DefinitionEntity
        {
            Id = Ids.New(),
            Key = parsed.Key,
            Version = parsed.Version,
            Status = nameof(DefinitionStatus.Published),
            Name = parsed.Name.Vi,
            Json = json,
            CreatedAt = now,
            PublishedAt = now,
        };
        db.Definitions.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToStored(row);
    }

    /// <summary>A retired version starts no new instances; running ones finish on it.</summary>
    public async Task RetireAsync(string key, int version, CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        var row = await db.Definitions.SingleAsync(d => d.Key == key && d.Version == version, cancellationToken).ConfigureAwait(false);
        row.Status = nameof(DefinitionStatus.Retired);
        row.RetiredAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredDefinition>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        var rows = await db.Definitions.AsNoTracking().OrderBy(d => d.Key).ThenBy(d => d.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToStored).ToList();
    }

    private static StoredDefinition ToStored(DefinitionEntity e) =>
        new(e.Id, e.Key, e.Version, Enum.Parse<DefinitionStatus>(e.Status), e.Json);

    private static string WithVersion(string json, int version)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["version"] = version;
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
