using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Catalog;
using DienHong.Engine.Definitions;
using DienHong.Engine.Storage;
using DienHong.Engine.Validation;
using DienHong.Web.Application.Designer.Versions;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Definitions;

/// <summary>
/// Workflow definitions (định nghĩa quy trình): anyone signed in lists and reads them; a workflow administrator (the
/// application role, or the organisation role in some agency) validates a posted JSON, imports it as a draft,
/// publishes a draft and retires a version. The versioning rules are the engine's <see cref="DefinitionCatalog"/>.
/// </summary>
public sealed class DefinitionService(DefinitionCatalog catalog, DefinitionValidator validator, IDefinitionStore store, OrganizationDirectory organization)
{
    private const string PostedFile = "posted.workflow.json";

    public async Task<ServiceResult<PageResult<DefinitionSummary>>> ListAsync(PersonAccess access, string? key, DefinitionStatus? status, PageRequest page, CancellationToken cancellationToken = default)
    {
        if (page.Problem is { } refused)
        {
            return refused;
        }

        var offset = 0;
        if (page.After is { } cursor && !int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return new ServiceRefusal(RefusalKind.Invalid, AppRefusals.PageCursor, cursor);
        }

        // A catalog holds tens of versions: one read, paged here.
        var all = (await store.ListAsync(key, cancellationToken).ConfigureAwait(false)).Where(d => status is null || d.Status == status).ToList();
        var shown = all.Skip(offset).Take(page.Size).Select(Summary).ToList();
        var next = offset + shown.Count;
        return new PageResult<DefinitionSummary>(shown, all.Count, next < all.Count ? next.ToString(CultureInfo.InvariantCulture) : null);
    }

    public async Task<ServiceResult<DefinitionDetail>> GetAsync(PersonAccess access, string key, int version, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(key, version, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var d = found.Value;
        var definition = DefinitionReader.Read(d.Json);
        using var json = JsonDocument.Parse(d.Json);
        return new DefinitionDetail(d.Id, d.Key, d.Version, d.Status, definition.Name, definition.Description, json.RootElement.Clone());
    }

    /// <summary>Every finding of the validator on a posted definition; nothing is saved.</summary>
    public ServiceResult<DefinitionCheck> Validate(PersonAccess access, string json)
    {
        if (Administers(access) is { } refused)
        {
            return refused;
        }

        var report = validator.Validate(PostedFile, json);
        return new DefinitionCheck(report.IsValid, [.. report.Findings.Select(ValidationFinding.Of)]);
    }

    /// <summary>Saves a posted definition as the draft of its key (replacing an open draft); it may be unfinished, not unreadable.</summary>
    public async Task<ServiceResult<DefinitionSummary>> ImportAsync(PersonAccess access, string json, CancellationToken cancellationToken = default)
    {
        if (Administers(access) is { } refused)
        {
            return refused;
        }

        try
        {
            return Summary(await catalog.SaveDraftAsync(json, Actor(access), cancellationToken).ConfigureAwait(false));
        }
        catch (DefinitionRejectedException e)
        {
            return Invalid(e.Report);
        }
        catch (ConcurrencyConflictException)
        {
            return new ServiceRefusal(RefusalKind.Conflict, AppRefusals.DefinitionChanged, DefinitionReader.Read(json).Key);
        }
    }

    /// <summary>Publishes a draft after validating it: from now on new cases start on it.</summary>
    public async Task<ServiceResult<DefinitionSummary>> PublishAsync(PersonAccess access, string key, int version, CancellationToken cancellationToken = default)
    {
        var found = await AdministeredAsync(access, key, version, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        if (found.Value.Status != DefinitionStatus.Draft)
        {
            return new ServiceRefusal(RefusalKind.Conflict, AppRefusals.DefinitionNotDraft, key, version, found.Value.Status.ToString().ToLowerInvariant());
        }

        try
        {
            var changes = await PublishedChangesAsync(found.Value, cancellationToken).ConfigureAwait(false);
            return Summary(await catalog.PublishAsync(key, version, Actor(access), changes, cancellationToken).ConfigureAwait(false));
        }
        catch (DefinitionRejectedException e)
        {
            return Invalid(e.Report);
        }
        catch (Exception e) when (e is ConcurrencyConflictException or InvalidOperationException)
        {
            return new ServiceRefusal(RefusalKind.Conflict, AppRefusals.DefinitionChanged, key);
        }
    }

    /// <summary>Retires a version: it starts no new case; running ones finish on it.</summary>
    public async Task<ServiceResult<DefinitionSummary>> RetireAsync(PersonAccess access, string key, int version, CancellationToken cancellationToken = default)
    {
        var found = await AdministeredAsync(access, key, version, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        await catalog.RetireAsync(key, version, Actor(access), cancellationToken).ConfigureAwait(false);
        return Summary(found.Value with { Status = DefinitionStatus.Retired });
    }

    /// <summary>Who the journal and the history name for what a person does: their person id, else their account.</summary>
    internal static string Actor(PersonAccess access) => access.Person?.Id ?? access.UserName ?? DefinitionCatalog.SystemActor;

    /// <summary>What the draft changes against the newest published version, for the publish's journal entry (null for a first version).</summary>
    private async Task<PublishedChanges?> PublishedChangesAsync(StoredDefinition draft, CancellationToken cancellationToken)
    {
        var replaced = (await store.ListAsync(draft.Key, cancellationToken).ConfigureAwait(false)).LastOrDefault(d => d.Status == DefinitionStatus.Published);
        if (replaced is null)
        {
            return null;
        }

        var diff = DefinitionDiffer.Compare(JsonNode.Parse(replaced.Json)!.AsObject(), JsonNode.Parse(draft.Json)!.AsObject());
        return new PublishedChanges(diff.Counts().ToDictionary(c => $"{c.Target}.{c.Kind}", c => c.Count), diff.Summary(CultureInfo.InvariantCulture));
    }

    public ServiceRefusal? Administers(PersonAccess access) =>
        new WorkflowAdminRequirement(null).IsMetBy(access, organization) ? null : new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.DefinitionAdminOnly);

    /// <summary>The version, when the person administers workflows and it exists.</summary>
    private async Task<ServiceResult<StoredDefinition>> AdministeredAsync(PersonAccess access, string key, int version, CancellationToken cancellationToken) =>
        Administers(access) is { } refused ? refused : await FindAsync(key, version, cancellationToken).ConfigureAwait(false);

    private async Task<ServiceResult<StoredDefinition>> FindAsync(string key, int version, CancellationToken cancellationToken) =>
        (await store.ListAsync(key, cancellationToken).ConfigureAwait(false)).FirstOrDefault(d => d.Version == version) is { } found
            ? found
            : new ServiceRefusal(RefusalKind.NotFound, AppRefusals.DefinitionVersionMissing, key, version);

    private static ServiceRefusal Invalid(ValidationReport report) =>
        new(RefusalKind.Invalid, AppRefusals.DefinitionInvalid, report.Errors.Count, report.Errors.Count > 0 ? report.Errors[0].ToString() : null)
        {
            Details = report.Findings.Select(ValidationFinding.Of).ToList(),
        };

    private static DefinitionSummary Summary(StoredDefinition d) => new(d.Id, d.Key, d.Version, d.Status, Name(d.Json, d.Key));

    private static LocalizedText Name(string json, string key)
    {
        try
        {
            return DefinitionReader.Read(json).Name;
        }
        catch (Exception e) when (e is JsonException or DefinitionInputException)
        {
            // A draft may be unfinished; its key names it meanwhile.
            return new LocalizedText(key);
        }
    }
}
