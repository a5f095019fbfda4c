using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Catalog;
using DienHong.Engine.Storage;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Designer.Versions;

/// <summary>
/// The designer's versions (phiên bản quy trình trong trình thiết kế): anyone signed in reads a workflow's history,
/// compares two versions and exports one; reverting an old version as the new draft is a workflow administrator's
/// (<see cref="DefinitionService.Administers"/>), saved through <see cref="DefinitionService.ImportAsync"/>. A revert
/// never replaces an open draft.
/// </summary>
public sealed class DesignerVersionService(IDefinitionStore store, IInstanceQueries instances, DefinitionService definitions, OrganizationDirectory organization)
{
    /// <summary>A version number as typed in a query or a path: a whole number from 1.</summary>
    public static ServiceResult<int> ParseVersion(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1
            ? version
            : new ServiceRefusal(RefusalKind.Invalid, DesignerVersionRefusals.VersionNotNumber, text);

    /// <summary>Every version with its authors and running cases, and the journal of publishes, verified.</summary>
    public async Task<ServiceResult<VersionHistory>> HistoryAsync(PersonAccess access, string key, CancellationToken cancellationToken = default)
    {
        var rows = await store.HistoryAsync(key, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return new ServiceRefusal(RefusalKind.NotFound, DesignerVersionRefusals.DefinitionMissing, key);
        }

        var running = await instances.UnfinishedPerVersionAsync(key, cancellationToken).ConfigureAwait(false);
        var journal = await store.JournalAsync(key, cancellationToken).ConfigureAwait(false);
        var versions = rows.Select(r => new VersionItem(
            r.Version, r.Status, r.Name, Stamp(r.Saved)!, Stamp(r.Published), Stamp(r.Retired), running.GetValueOrDefault(r.Version))).ToList();
        var publishes = journal.Select(Publish).ToList();
        return new VersionHistory(key, versions, publishes, DefinitionJournal.Verify(key, journal)?.Seq);
    }

    /// <summary>The structural diff from <paramref name="from"/> to <paramref name="to"/>, with its summary in the reader's language.</summary>
    public async Task<ServiceResult<VersionComparison>> CompareAsync(PersonAccess access, string key, int from, int to, CancellationToken cancellationToken = default)
    {
        if (from == to)
        {
            return new ServiceRefusal(RefusalKind.Invalid, DesignerVersionRefusals.SameVersion, from);
        }

        var versions = await store.ListAsync(key, cancellationToken).ConfigureAwait(false);
        if (Find(versions, key, from) is { Succeeded: false } missingFrom)
        {
            return missingFrom.Refusal;
        }

        if (Find(versions, key, to) is { Succeeded: false } missingTo)
        {
            return missingTo.Refusal;
        }

        var diff = DefinitionDiffer.Compare(Document(Find(versions, key, from).Value!), Document(Find(versions, key, to).Value!));
        return new VersionComparison(key, from, to, diff.Summary(), diff);
    }

    /// <summary>A version's JSON as a <c>*.workflow.json</c> file.</summary>
    public async Task<ServiceResult<DefinitionFile>> ExportAsync(PersonAccess access, string key, int version, CancellationToken cancellationToken = default)
    {
        var found = Find(await store.ListAsync(key, cancellationToken).ConfigureAwait(false), key, version);
        return found.Succeeded ? new DefinitionFile($"{key}.v{version.ToString(CultureInfo.InvariantCulture)}.workflow.json", found.Value.Json) : found.Refusal;
    }

    /// <summary>
    /// Copies an old version as the next draft (its JSON, with the next version number). Refused while a draft is
    /// open, so nobody's unpublished work is replaced: publish it or import over it first.
    /// </summary>
    public async Task<ServiceResult<DefinitionSummary>> RevertAsync(PersonAccess access, string key, int version, CancellationToken cancellationToken = default)
    {
        if (definitions.Administers(access) is { } refused)
        {
            return refused;
        }

        var versions = await store.ListAsync(key, cancellationToken).ConfigureAwait(false);
        var found = Find(versions, key, version);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        if (versions.LastOrDefault(v => v.Status == DefinitionStatus.Draft) is { } draft)
        {
            return new ServiceRefusal(RefusalKind.Conflict, DesignerVersionRefusals.DraftOpen, key, draft.Version, version);
        }

        return await definitions.ImportAsync(access, found.Value.Json, cancellationToken).ConfigureAwait(false);
    }

    private static ServiceResult<StoredDefinition> Find(IReadOnlyList<StoredDefinition> versions, string key, int version) =>
        versions.Count == 0 ? new ServiceRefusal(RefusalKind.NotFound, DesignerVersionRefusals.DefinitionMissing, key)
        : versions.FirstOrDefault(v => v.Version == version) is { } found ? found
        : new ServiceRefusal(RefusalKind.NotFound, AppRefusals.DefinitionVersionMissing, key, version);

    private static JsonObject Document(StoredDefinition definition) =>
        JsonNode.Parse(definition.Json) as JsonObject ?? [];

    /// <summary>The counts a journal entry keeps as <c>"Node.Changed": 2</c>; a name this version does not know is left out.</summary>
    private static IEnumerable<DiffCount> Counts(JsonObject changes) =>
        from c in changes
        let parts = c.Key.Split('.')
        where parts.Length == 2 && Enum.TryParse<DiffTarget>(parts[0], out _) && Enum.TryParse<DiffKind>(parts[1], out _) && c.Value is JsonValue
        select new DiffCount(Enum.Parse<DiffTarget>(parts[0]), Enum.Parse<DiffKind>(parts[1]), c.Value!.GetValue<int>());

    private VersionStamp? Stamp(DefinitionStamp? stamp) =>
        stamp is null ? null : new VersionStamp(stamp.By, organization.FindPerson(stamp.By)?.FullName, stamp.At);

    private PublishRecord Publish(JournalEntry entry)
    {
        var data = entry.Data is null ? null : JsonNode.Parse(entry.Data);
        return new PublishRecord(
            entry.Seq,
            data?["version"]?.GetValue<int>() ?? 0,
            data?["replaces"]?.GetValue<int>(),
            Stamp(new DefinitionStamp(entry.Actor ?? DefinitionCatalog.SystemActor, entry.At))!,
            data?["changes"] is JsonObject changes ? DefinitionDiff.Summarize(Counts(changes)) : null);
    }
}
