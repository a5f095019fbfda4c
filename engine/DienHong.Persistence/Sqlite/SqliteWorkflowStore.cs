using System.Collections.Concurrent;
using DienHong.Engine.Activities;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The engine's store on a SQLite file: pooled reader sessions with prepared statements, and one writer thread
/// that commits runs in groups. Nothing is cached per instance.
/// </summary>
public sealed class SqliteWorkflowStore : IWorkflowStore, IDisposable
{
    private readonly SqliteDatabase database;
    private readonly ConcurrentBag<ReadSession> sessions = [];
    private readonly CommitWriter writer;

    public SqliteWorkflowStore(SqliteDatabase database)
    {
        this.database = database;
        writer = new CommitWriter(database);
    }

    public SqliteDatabase Database => database;

    /// <summary>Test hook: runs inside the transaction after a run's rows are written and before it commits.</summary>
    internal Action<RunChanges>? AfterWrite
    {
        get => writer.AfterWrite;
        set => writer.AfterWrite = value;
    }

    public ValueTask<StoredDefinition?> GetDefinitionAsync(string definitionId, CancellationToken cancellationToken = default) =>
        Read(s => s.Definition(definitionId));

    public ValueTask<StoredDefinition?> GetPublishedAsync(string key, int? version, CancellationToken cancellationToken = default) =>
        Read(s => s.Published(key, version));

    public ValueTask<DefinitionVersion?> FindVersionAsync(string key, int? version, CancellationToken cancellationToken = default) =>
        Read(s => s.Version(key, version));

    public ValueTask<string?> FindInstanceOfBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        Read(s => s.InstanceOfBookmark(bookmarkId));

    public ValueTask<LoadedInstance?> LoadAsync(string instanceId, CancellationToken cancellationToken = default) =>
        Read(s => s.Load(instanceId));

    public ValueTask<LoadedInstances> LoadManyAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default) =>
        Read(s => s.LoadMany(instanceIds));

    public ValueTask<IReadOnlyList<DueWake>> DueAsync(DateTimeOffset until, int max, CancellationToken cancellationToken = default) =>
        Read(s => s.Due(until, max));

    public ValueTask<IReadOnlyList<BookmarkRecord>> FindBookmarksAsync(BookmarkKind kind, string key, string? instanceId, CancellationToken cancellationToken = default) =>
        Read(s => s.ByKey(kind, key, instanceId));

    public ValueTask<string?> FindInstanceByCorrelationAsync(string correlationKey, CancellationToken cancellationToken = default) =>
        Read(s => s.InstanceByCorrelation(correlationKey));

    public ValueTask CommitAsync(RunChanges changes, CancellationToken cancellationToken = default) => new(writer.CommitAsync(changes));

    public void Dispose()
    {
        writer.Dispose();
        while (sessions.TryTake(out var s))
        {
            s.Dispose();
        }
    }

    private ValueTask<T> Read<T>(Func<ReadSession, T> read)
    {
        if (!sessions.TryTake(out var session))
        {
            session = new ReadSession(database);
        }

        try
        {
            return ValueTask.FromResult(read(session));
        }
        finally
        {
            sessions.Add(session);
        }
    }
}
