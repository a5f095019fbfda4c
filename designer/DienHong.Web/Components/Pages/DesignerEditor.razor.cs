using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Storage;
using DienHong.Web.Application;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Application.Designer.Canvas;
using DienHong.Web.Application.Designer.Versions;
using DienHong.Web.Application.Flowcharts;
using DienHong.Web.Components.Designer.Canvas;
using DienHong.Web.Resources;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace DienHong.Web.Components.Pages;

/// <summary>
/// The designer page's behaviour (trình thiết kế): every edit goes through <see cref="DesignerEditor.Apply"/> (undo
/// snapshot, redraw, a debounced check with the CLI's validator), and saving and publishing go through the designer
/// service, which checks the person's rights again.
/// </summary>
public sealed partial class DesignerEditor
{
    // After the last edit, how long the check waits for another (typing in a property stays smooth).
    private static readonly TimeSpan CheckDelay = TimeSpan.FromMilliseconds(250);

    private static readonly FlowPoint PasteOffset = new(40, 40);

    private readonly DocumentHistory history = new();
    private PersonAccess access = PersonAccess.Anonymous;
    private DesignerOpened? opened;
    private DesignerDocument? document;
    private CanvasModel? model;
    private DesignerCanvas? canvas;
    private IReadOnlyList<PaletteGroup> palette = [];
    private IReadOnlyList<ValidationFinding> findings = [];
    private Dictionary<string, NodeMarks> marks = new(StringComparer.Ordinal);
    private CanvasClipboard? clipboard;
    private CancellationTokenSource? pendingCheck;
    private ServiceRefusal? problem;
    private string? dragged;
    private string? openedKey;
    private string? selectedNode;
    private IReadOnlySet<string> highlighted = new HashSet<string>();
    private bool loading = true;
    private bool canEdit;
    private bool editing;
    private bool dirty;
    private bool checking;
    private bool busy;
    private int selectedCount;
    private int tab;

    [Parameter]
    public string Key { get; set; } = "";

    private string Title => document?.Root["name"] is { } name ? NameOf(name) : Key;

    private int Errors => findings.Count(f => f.Severity == "error");

    private string StatusText => opened is not { } shown ? string.Empty
        : editing && shown.IsDraft ? Say(DesignerCanvasText.StatusEditing, shown.Version)
        : editing ? Say(DesignerCanvasText.StatusNewDraft, shown.Version)
        : Say(DesignerCanvasText.StatusReadOnly, shown.Version, StatusName(shown.Status));

    protected override async Task OnParametersSetAsync()
    {
        access = Current.Resolve((await Authentication.GetAuthenticationStateAsync()).User);
        canEdit = Designer.CanEdit(access);
        palette = Designer.Palette();
        if (Key != openedKey)
        {
            openedKey = Key;
            await OpenAsync(null);
        }
    }

    public void Dispose() => pendingCheck?.Cancel();

    private async Task OpenAsync(int? version)
    {
        loading = true;
        var found = await Designer.OpenAsync(access, Key, version);
        loading = false;
        problem = found.Refusal;
        if (!found.Succeeded)
        {
            return;
        }

        opened = found.Value;
        editing = opened.CanEdit;
        highlighted = new HashSet<string>();
        selectedNode = null;
        dirty = false;
        history.Clear();
        try
        {
            document = DesignerDocument.Parse(opened.Json);
        }
        catch (JsonException e)
        {
            problem = null;
            Snackbar.Add(Say(DesignerCanvasText.Unreadable, e.Message), Severity.Error);
            return;
        }

        Redraw();
        Check();
    }

    private static string StatusName(DefinitionStatus status) => status switch
    {
        DefinitionStatus.Draft => DesignerCanvasText.StatusDraft,
        DefinitionStatus.Published => DesignerCanvasText.StatusPublished,
        _ => DesignerCanvasText.StatusRetired,
    };

    private static string NameOf(JsonNode name) => name switch
    {
        System.Text.Json.Nodes.JsonObject text => (CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? text["en"] ?? text["vi"] : text["vi"])?.ToString() ?? string.Empty,
        _ => name.ToString(),
    };

    /// <summary>One edit of the document: the text before it is recorded for undo, the diagram redrawn and the check scheduled.</summary>
    private void Apply(Action<DesignerDocument> edit, bool redraw = true)
    {
        if (!editing || document is null)
        {
            return;
        }

        var before = document.ToJson();
        edit(document);
        if (document.ToJson() == before)
        {
            return;
        }

        history.Record(before);
        dirty = true;
        problem = null;
        if (redraw)
        {
            Redraw();
        }

        ScheduleCheck();
    }

    private void Redraw() => model = CanvasModel.Of(document!, Designer.Activities);

    private void Restore(string? text)
    {
        if (text is null)
        {
            return;
        }

        document = DesignerDocument.Parse(text);
        dirty = true;
        Redraw();
        ScheduleCheck();
    }

    /// <summary>Runs the validator now (on opening): the page shows the findings with the first drawing.</summary>
    private void Check()
    {
        findings = Designer.Check(document!.ToJson());
        Mark();
    }

    private void ScheduleCheck()
    {
        pendingCheck?.Cancel();
        pendingCheck = new CancellationTokenSource();
        checking = true;
        _ = CheckLaterAsync(document!.ToJson(), pendingCheck.Token);
    }

    private async Task CheckLaterAsync(string json, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(CheckDelay, cancellationToken);
            var found = await Task.Run(() => Designer.Check(json), cancellationToken);
            await InvokeAsync(() =>
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                findings = found;
                checking = false;
                Mark();
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // A newer edit's check replaces this one.
        }
    }

    /// <summary>A resource text with its values, in the person's culture (the resource differs per culture, so it is parsed per use).</summary>
    private static string Say(string format, params object?[] values) => string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(format), values);

    private void Mark() => marks = NodeMarks.Of(findings, highlighted, EdgeSource);

    /// <summary>Marks the nodes a shown diff touches (Versions tab).</summary>
    private void ShowDiff(DefinitionDiff diff)
    {
        highlighted = diff.NodesTouched;
        Mark();
    }

    /// <summary>Marks the path a dry run took so far (Dry run tab).</summary>
    private void ShowPath(IReadOnlyList<string> path)
    {
        highlighted = path.ToHashSet(StringComparer.Ordinal);
        Mark();
    }

    /// <summary>A version picked in the Versions tab, opened to view (or to edit when it is the open draft).</summary>
    private Task OpenVersionAsync(int version) => OpenAsync(version);

    /// <summary>The draft changed in the Versions tab (a revert or an import): it is opened afresh.</summary>
    private Task ReloadAsync() => OpenAsync(null);

    /// <summary>The property panel's edit of the selected node; a new id keeps it selected.</summary>
    private void OnNodeChanged(JsonObject node)
    {
        if (selectedNode is not { } id)
        {
            return;
        }

        Apply(d => d.ReplaceNode(id, node));
        selectedNode = DesignerDocument.IdOf(node);
    }

    private string? EdgeSource(int number) => model?.Edges.FirstOrDefault(e => e.Index == number - 1)?.From;

    private async Task AddAsync(string type)
    {
        if (Designer.Activities.Find(type) is { } activity && canvas is not null)
        {
            var at = canvas.FreePoint();
            string? id = null;
            Apply(d => id = d.AddNode(activity.Descriptor, at));
            await Task.Yield();
            if (id is not null)
            {
                canvas.Focus(id);
            }
        }
    }

    private Task DropAsync(DragEventArgs e)
    {
        if (dragged is { } type && Designer.Activities.Find(type) is { } activity && canvas is not null)
        {
            var at = canvas.PointAt(e.ClientX, e.ClientY);
            Apply(d => d.AddNode(activity.Descriptor, at));
        }

        dragged = null;
        return Task.CompletedTask;
    }

    private void OnMoved(IReadOnlyDictionary<string, FlowPoint> nodes) => Apply(d =>
    {
        foreach (var (id, at) in nodes)
        {
            d.Move(id, at);
        }
    }, redraw: false);

    private void OnConnected(CanvasEdge edge) => Apply(d => d.Connect(edge.From, edge.Outcome, edge.To));

    private void OnSelectionChanged()
    {
        var nodes = canvas?.SelectedNodes ?? [];
        selectedCount = nodes.Count + (canvas?.SelectedEdges.Count ?? 0);
        selectedNode = nodes.Count == 1 ? nodes[0] : null;
    }

    private void DeleteSelection()
    {
        if (canvas is null)
        {
            return;
        }

        var nodes = canvas.SelectedNodes;
        var edges = canvas.SelectedEdges;
        Apply(d =>
        {
            d.RemoveEdges(edges);
            d.RemoveNodes(nodes);
        });
    }

    private void Copy()
    {
        if (document is not null && canvas?.SelectedNodes is { Count: > 0 } nodes)
        {
            clipboard = document.Copy(nodes);
        }
    }

    private void Paste()
    {
        if (clipboard is { IsEmpty: false } copied)
        {
            Apply(d => d.Paste(copied, PasteOffset));
        }
    }

    private void Undo() => Restore(editing ? history.Undo(document!.ToJson()) : null);

    private void Redo() => Restore(editing ? history.Redo(document!.ToJson()) : null);

    private void AutoLayout() => Apply(d => d.Root.Remove("layout"));

    private void EditAsDraft()
    {
        editing = canEdit;
        Redraw();
    }

    private void FocusNode(string? nodeId)
    {
        if (nodeId is not null)
        {
            canvas?.Focus(nodeId);
        }
    }

    private void OnKeyDown(KeyboardEventArgs e)
    {
        var command = e.CtrlKey || e.MetaKey;
        switch (e.Key)
        {
            case "Delete" or "Backspace" when !command:
                DeleteSelection();
                break;
            case "z" or "Z" when command && !e.ShiftKey:
                Undo();
                break;
            case "y" or "Y" when command:
            case "z" or "Z" when command && e.ShiftKey:
                Redo();
                break;
            case "c" or "C" when command:
                Copy();
                break;
            case "v" or "V" when command:
                Paste();
                break;
        }
    }

    private async Task SaveAsync()
    {
        busy = true;
        var saved = await Designer.SaveAsync(access, document!.ToJson());
        busy = false;
        problem = saved.Refusal;
        if (saved.Succeeded)
        {
            document.Root["version"] = saved.Value.Version;
            opened = opened! with { Version = saved.Value.Version, Status = DefinitionStatus.Draft, Json = document.ToJson(), CanEdit = true };
            dirty = false;
            Snackbar.Add(Say(DesignerCanvasText.Saved, saved.Value.Version), Severity.Success);
            ScheduleCheck();
        }
    }

    private async Task PublishAsync()
    {
        busy = true;
        var published = await Designer.PublishAsync(access, document!.ToJson());
        busy = false;
        problem = published.Refusal;
        if (published.Succeeded)
        {
            Snackbar.Add(Say(DesignerCanvasText.Published, published.Value.Version), Severity.Success);
            await OpenAsync(published.Value.Version);
        }
    }
}
