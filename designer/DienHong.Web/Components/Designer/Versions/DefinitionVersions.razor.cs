using System.Globalization;
using DienHong.Engine.Storage;
using DienHong.Web.Application;
using DienHong.Web.Application.Designer.Versions;
using DienHong.Web.Components.Cases;
using DienHong.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace DienHong.Web.Components.Designer.Versions;

/// <summary>
/// The versions panel of the designer (bảng phiên bản): what the page gives (<see cref="Key"/>, <see cref="CanEdit"/>)
/// and what it hears back (a version to open, a diff to mark on the canvas, a draft that changed). The services check
/// every right again; <see cref="CanEdit"/> only hides what would be refused.
/// </summary>
public sealed partial class DefinitionVersions
{
    /// <summary>The largest file imported: a catalog definition is tens of kilobytes.</summary>
    private const long MaxImportBytes = 1024 * 1024;

    private VersionHistory? history;
    private VersionComparison? comparison;
    private ServiceRefusal? problem;
    private string? notice;
    private string? tooLarge;
    private int from;
    private int to;

    [Parameter, EditorRequired]
    public string Key { get; set; } = string.Empty;

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public EventCallback<int> VersionOpened { get; set; }

    [Parameter]
    public EventCallback<DefinitionDiff> DiffShown { get; set; }

    [Parameter]
    public EventCallback DraftChanged { get; set; }

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task<Security.PersonAccess> AccessAsync() => Current.Resolve((await Authentication.GetAuthenticationStateAsync()).User);

    private async Task LoadAsync()
    {
        var read = await Versions.HistoryAsync(await AccessAsync(), Key);
        problem = read.Refusal;
        history = read.Value;
        if (history is { Versions.Count: > 1 } h && (from == 0 || to == 0))
        {
            (from, to) = (h.Versions[^2].Version, h.Versions[^1].Version);
        }
    }

    private async Task CompareAsync()
    {
        notice = null;
        var compared = await Versions.CompareAsync(await AccessAsync(), Key, from, to);
        problem = compared.Refusal;
        comparison = compared.Value;
        if (comparison is { } c)
        {
            await DiffShown.InvokeAsync(c.Diff);
        }
    }

    private async Task RevertAsync(int version)
    {
        var reverted = await Versions.RevertAsync(await AccessAsync(), Key, version);
        problem = reverted.Refusal;
        notice = reverted.Value is { } draft ? VersionsFormat.Text(DesignerVersionsText.Reverted, version, draft.Version) : null;
        if (reverted.Succeeded)
        {
            await LoadAsync();
            await DraftChanged.InvokeAsync();
        }
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        notice = null;
        if (file is null)
        {
            return;
        }

        if (file.Size > MaxImportBytes)
        {
            tooLarge = VersionsFormat.Text(DesignerVersionsText.FileTooLarge, file.Name, MaxImportBytes / 1024);
            return;
        }

        tooLarge = null;
        using var reader = new StreamReader(file.OpenReadStream(MaxImportBytes));
        var imported = await Definitions.ImportAsync(await AccessAsync(), await reader.ReadToEndAsync());
        problem = imported.Refusal;
        if (imported.Value is { } draft)
        {
            notice = VersionsFormat.Text(DesignerVersionsText.Imported, draft.Version);
            await LoadAsync();
            await DraftChanged.InvokeAsync();
        }
    }

    private string ExportLink(int version) =>
        $"/api/v1/definitions/{Uri.EscapeDataString(Key)}/{version.ToString(CultureInfo.InvariantCulture)}/export";

    private static string Stamp(VersionStamp stamp) =>
        VersionsFormat.Text(DesignerVersionsText.ByAt, stamp.ByName ?? stamp.By, CaseDates.Time(stamp.At));

    private static string StatusText(DefinitionStatus status) => status switch
    {
        DefinitionStatus.Draft => DesignerVersionsText.StatusDraft,
        DefinitionStatus.Published => DesignerVersionsText.StatusPublished,
        _ => DesignerVersionsText.StatusRetired,
    };

    private static Color StatusColor(DefinitionStatus status) => status switch
    {
        DefinitionStatus.Draft => Color.Info,
        DefinitionStatus.Published => Color.Success,
        _ => Color.Default,
    };
}
