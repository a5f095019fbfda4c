using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Activities.Core;
using DienHong.Engine.Definitions;
using DienHong.Engine.Storage;
using DienHong.Engine.Validation;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>
/// The designer page's service (dịch vụ trình thiết kế): the workflows it can open, a version to open, the palette,
/// the check run after each edit (the CLI's validator), and saving and publishing through
/// <see cref="DefinitionService"/>, which refuses anyone but a workflow administrator. Anyone signed in may view.
/// </summary>
public sealed partial class DesignerService(DefinitionService definitions, IDefinitionStore store, DefinitionValidator validator, ActivityRegistry activities, OrganizationDirectory organization)
{
    public ActivityRegistry Activities => activities;

    /// <summary>Whether the person may edit and publish (the application's workflow administrator, or one of some agency).</summary>
    public bool CanEdit(PersonAccess access) => new WorkflowAdminRequirement(null).IsMetBy(access, organization);

    /// <summary>Every workflow by key, with its newest version and open draft.</summary>
    public async Task<IReadOnlyList<DesignerEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await store.ListAsync(null, cancellationToken).ConfigureAwait(false))
            .GroupBy(d => d.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.MaxBy(d => d.Version)!;
                var named = g.Where(d => d.Status != DefinitionStatus.Draft).MaxBy(d => d.Version) ?? latest;
                return new DesignerEntry(g.Key, NameOf(named.Json, g.Key), latest.Version, latest.Status, g.FirstOrDefault(d => d.Status == DefinitionStatus.Draft)?.Version);
            })
            .OrderBy(e => e.Key, StringComparer.Ordinal)];

    /// <summary>A version of a workflow (none given: its open draft, else its newest published version, else its newest).</summary>
    public async Task<ServiceResult<DesignerOpened>> OpenAsync(PersonAccess access, string key, int? version = null, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListAsync(key, cancellationToken).ConfigureAwait(false);
        var chosen = version is { } wanted
            ? versions.FirstOrDefault(d => d.Version == wanted)
            : versions.LastOrDefault(d => d.Status == DefinitionStatus.Draft)
                ?? versions.Where(d => d.Status == DefinitionStatus.Published).MaxBy(d => d.Version)
                ?? versions.MaxBy(d => d.Version);
        if (chosen is null)
        {
            return version is { } missing
                ? new ServiceRefusal(RefusalKind.NotFound, AppRefusals.DefinitionVersionMissing, key, missing)
                : new ServiceRefusal(RefusalKind.NotFound, DesignerCanvasRefusals.NotFound, key);
        }

        return new DesignerOpened(chosen.Key, chosen.Version, chosen.Status, chosen.Json, CanEdit(access) && chosen.Status == DefinitionStatus.Draft);
    }

    /// <summary>The node types people can add, grouped flow, people, democracy, time (then any other category), each in the registry's order of names.</summary>
    public IReadOnlyList<PaletteGroup> Palette() =>
        [.. activities.All
            .Select(a => a.Descriptor)
            .Select(d => new PaletteItem(d.Type, d.Name, d.Description, d.Category))
            .GroupBy(i => PaletteGroup.Of(i.Category))
            .OrderBy(g => PaletteGroup.Order.Contains(g.Key) ? PaletteGroup.Order.ToList().IndexOf(g.Key) : PaletteGroup.Order.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PaletteGroup(g.Key, [.. g.OrderBy(i => i.Type, StringComparer.Ordinal)]))];

    /// <summary>Every finding of the validator the CLI runs, in the reader's language; nothing is saved, so anyone viewing may see them.</summary>
    public IReadOnlyList<ValidationFinding> Check(string json) =>
        [.. validator.Validate(FileOf(json), json).Findings.Select(ValidationFinding.Of)];

    /// <summary>Saves the document as the draft of its key (its <c>layout</c> included).</summary>
    public Task<ServiceResult<DefinitionSummary>> SaveAsync(PersonAccess access, string json, CancellationToken cancellationToken = default) =>
        definitions.ImportAsync(access, json, cancellationToken);

    /// <summary>Saves the document as the draft, then publishes it; the catalog refuses it while the validator finds errors.</summary>
    public async Task<ServiceResult<DefinitionSummary>> PublishAsync(PersonAccess access, string json, CancellationToken cancellationToken = default)
    {
        var saved = await definitions.ImportAsync(access, json, cancellationToken).ConfigureAwait(false);
        return saved.Succeeded ? await definitions.PublishAsync(access, saved.Value.Key, saved.Value.Version, cancellationToken).ConfigureAwait(false) : saved;
    }

    /// <summary>Makes a new workflow's first draft: a Start node alone, under a key nobody uses.</summary>
    public async Task<ServiceResult<DefinitionSummary>> CreateAsync(PersonAccess access, string key, LocalizedText name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!CanEdit(access))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.DefinitionAdminOnly);
        }

        if (!KeyPattern().IsMatch(key ?? string.Empty))
        {
            return new ServiceRefusal(RefusalKind.Invalid, DesignerCanvasRefusals.KeyInvalid, key);
        }

        if (string.IsNullOrWhiteSpace(name.Vi))
        {
            return new ServiceRefusal(RefusalKind.Invalid, DesignerCanvasRefusals.NameRequired);
        }

        if ((await store.ListAsync(key, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return new ServiceRefusal(RefusalKind.Conflict, DesignerCanvasRefusals.KeyTaken, key);
        }

        var start = activities.All.OfType<StartActivity>().Single().Descriptor;
        var json = new JsonObject
        {
            ["key"] = key,
            ["version"] = 1,
            ["name"] = new JsonObject { ["vi"] = name.Vi.Trim(), ["en"] = string.IsNullOrWhiteSpace(name.En) ? name.Vi.Trim() : name.En.Trim() },
            ["variables"] = new JsonArray(),
            ["nodes"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = start.Type }),
            ["edges"] = new JsonArray(),
        };
        return await definitions.ImportAsync(access, json.ToJsonString(), cancellationToken).ConfigureAwait(false);
    }

    private static string FileOf(string json)
    {
        try
        {
            return $"{DesignerDocument.Parse(json).Key}.workflow.json";
        }
        catch (System.Text.Json.JsonException)
        {
            return "draft.workflow.json";
        }
    }

    private static LocalizedText NameOf(string json, string key)
    {
        try
        {
            return DefinitionReader.Read(json).Name;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or DefinitionInputException)
        {
            return new LocalizedText(key);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
