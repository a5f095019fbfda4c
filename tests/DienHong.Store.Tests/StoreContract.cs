using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Activities;
using DienHong.Engine.Audit;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DienHong.Store.Tests;

/// <summary>
/// The store contract (hợp đồng kho lưu trữ): every behaviour the engine relies on from a store, written once against
/// the ports and run against every store by one small subclass each. A subclass names its store on a fresh database
/// (the builder registers and starts it) and says whether what was written verifies.
/// </summary>
public abstract partial class StoreContract : IAsyncLifetime
{
    /// <summary>Monday 1 February 2027, 08:00 in Hà Nội.</summary>
    protected static readonly DateTimeOffset T0 = new(2027, 2, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private ServiceProvider? provider;

    protected FakeTimeProvider Clock { get; } = new(T0);

    protected IServiceProvider Services => provider ?? throw new InvalidOperationException("Not started.");

    protected IWorkflowStore Runs => Get<IWorkflowStore>();

    protected WorkflowEngine Engine => Get<WorkflowEngine>();

    protected DefinitionCatalog Catalog => Get<DefinitionCatalog>();

    /// <summary>Names the store under test on a new, empty database of its own (e.g. <c>o.UseSqlite(path)</c>).</summary>
    protected abstract void UseStore(DienHongOptions options);

    protected IJournalAudit Audit => Get<IJournalAudit>();

    /// <summary>Runs a statement on the database directly, with <c>@id</c> bound to <paramref name="instanceId"/>, as someone with access to it but not to the keys would; returns the rows changed.</summary>
    protected abstract Task<int> ExecuteOutsideTheEngineAsync(string sql, string instanceId);

    /// <summary>Deletes the database after the provider was disposed.</summary>
    protected abstract ValueTask DeleteAsync();

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddDienHong(o =>
        {
            o.UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly);
            UseStore(o);
        });
        provider = services.BuildServiceProvider();
        await provider.StartDienHongAsync();
    }

    public async Task DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }

        await DeleteAsync();
    }

    protected T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A new instance row as a run would write it, with <paramref name="journal"/> entries chained onto it.</summary>
    protected static RunChanges NewRun(string id, string? agency = null, string? correlation = null, DateTimeOffset? at = null, IReadOnlyList<BookmarkRecord>? bookmarks = null, params string[] journal)
    {
        var when = at ?? T0;
        var entries = Chain(id, 0, JournalChain.Genesis, when, journal);
        var record = new InstanceRecord(id, "def-" + id, "contract", 1, InstanceStatus.Running, null, correlation, agency, "{}", "{}",
            entries.Count, entries.Count == 0 ? JournalChain.Genesis : entries[^1].Hash, 1, when, when, null);
        return new RunChanges(record, true, 0, bookmarks ?? [], [], [], entries, [], bookmarks ?? []);
    }

    /// <summary>The run after <paramref name="before"/>: status and bookmarks changed, the row version moved on.</summary>
    protected static RunChanges NextRun(InstanceRecord before, long expectedRowVersion, InstanceStatus status, IReadOnlyList<BookmarkRecord> removed, IReadOnlyList<BookmarkRecord> open, DateTimeOffset at, params string[] journal)
    {
        var entries = Chain(before.Id, before.JournalSeq, before.JournalHash, at, journal);
        var record = before with
        {
            Status = status,
            RowVersion = expectedRowVersion + 1,
            JournalSeq = before.JournalSeq + entries.Count,
            JournalHash = entries.Count == 0 ? before.JournalHash : entries[^1].Hash,
            UpdatedAt = at,
            CompletedAt = status is InstanceStatus.Completed or InstanceStatus.Cancelled ? at : null,
        };
        return new RunChanges(record, false, expectedRowVersion, [], removed, [], entries, [], open);
    }

    protected static BookmarkRecord OpenTask(string id, string instanceId, string? assignee, DateTimeOffset? due = null, DateTimeOffset? wake = null, string node = "review") =>
        new(id, instanceId, node, node + "#1", BookmarkKind.Task, null, assignee, due, wake, null, null, T0);

    protected static BookmarkRecord Timer(string id, string instanceId, DateTimeOffset wake) =>
        new(id, instanceId, "wait", "wait#1", BookmarkKind.Timer, null, null, null, wake, null, null, T0);

    /// <summary>Journal entries chained after <paramref name="previous"/>; each event name may carry data after a '|'.</summary>
    private static List<JournalEntry> Chain(string instanceId, long afterSeq, string previous, DateTimeOffset at, string[] events)
    {
        var entries = new List<JournalEntry>();
        foreach (var spec in events)
        {
            var parts = spec.Split('|', 2);
            var seq = afterSeq + entries.Count + 1;
            var hash = JournalChain.Hash(previous, instanceId, seq, at, "review", parts[0], "tester", null, null, parts.Length > 1 ? parts[1] : null);
            entries.Add(new JournalEntry(instanceId, seq, at, "review", parts[0], "tester", null, null, parts.Length > 1 ? parts[1] : null, hash));
            previous = hash;
        }

        return entries;
    }

    /// <summary>A one-task definition, published: the task's assignee comes from the start input (<c>who</c>), due in <paramref name="workingDays"/>.</summary>
    protected async Task PublishReviewAsync(string key = "review", int workingDays = 5)
    {
        await Catalog.ImportPublishedAsync(ReviewJson(key, 1, workingDays));
    }

    protected static string ReviewJson(string key, int version, int workingDays = 5) => $$"""
        {
          "key": "{{key}}", "version": {{version}}, "name": { "vi": "{{key}}", "en": "{{key}}" },
          "variables": [ { "name": "who", "type": "string", "required": true } ],
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "review", "type": "HumanTask", "assignee": { "expression": "=vars.who" }, "outcomes": ["Done"], "due": { "workingDays": {{workingDays}} } },
            { "id": "end", "type": "End", "outcome": "Done" }
          ],
          "edges": [ { "from": "start", "to": "review" }, { "from": "review", "outcome": "Done", "to": "end" } ]
        }
        """;

    protected async Task<string> StartReviewAsync(string who, string? agency = null, string key = "review")
    {
        var started = await Engine.StartAsync(new StartRequest { DefinitionKey = key, Agency = agency, Actor = "tester", Input = new JsonObject { ["who"] = who } });
        started.Status.ShouldBe(RunStatus.Ok, started.Message);
        return started.InstanceId!;
    }

    protected async Task<RunResult> CompleteAsync(string instanceId, string actor)
    {
        var loaded = (await Runs.LoadAsync(instanceId))!;
        return await Engine.ResumeAsync(loaded.Bookmarks.Single().Id, new ResumeInput(actor, "Done", null), instanceId);
    }
}
