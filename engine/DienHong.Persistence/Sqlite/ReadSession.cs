using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Audit;
using DienHong.Engine.Storage;
using DienHong.Persistence.Integrity;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>A reader connection with its statements prepared; sessions are pooled and used by one caller at a time.</summary>
internal sealed class ReadSession : IDisposable
{
    private const string DefinitionColumns = "id, key, version, status, json";
    private readonly SqliteConnection connection;
    private readonly RawStatement begin;
    private readonly RawStatement commit;
    private readonly RawStatement instance;
    private readonly RawStatement bookmarksOfInstance;
    private readonly RawStatement instances;
    private readonly RawStatement bookmarksOfInstances;
    private readonly RawStatement instanceOfBookmark;
    private readonly RawStatement definition;
    private readonly RawStatement publishedNewest;
    private readonly RawStatement publishedVersion;
    private readonly RawStatement versionNewest;
    private readonly RawStatement versionExact;
    private readonly RawStatement due;
    private readonly RawStatement bookmarksByKey;
    private readonly RawStatement byCorrelation;

    private readonly InstanceSealer sealer;

    public ReadSession(SqliteDatabase database)
    {
        connection = database.Open();
        sealer = database.Sealer;
        begin = new(connection, "BEGIN");
        commit = new(connection, "COMMIT");
        instance = new(connection, $"SELECT {RowReader.InstanceColumns}, seal FROM instances WHERE id = @p0");
        bookmarksOfInstance = new(connection, $"SELECT {RowReader.BookmarkColumns} FROM bookmarks WHERE instance_id = @p0");
        // The ids as one JSON array: one statement prepared once, whatever the count, each id a probe of the index.
        instances = new(connection, $"SELECT {RowReader.InstanceColumns}, seal FROM instances WHERE id IN (SELECT value FROM json_each(@p0))");
        bookmarksOfInstances = new(connection, $"SELECT {RowReader.BookmarkColumns} FROM bookmarks WHERE instance_id IN (SELECT value FROM json_each(@p0))");
        instanceOfBookmark = new(connection, "SELECT instance_id FROM bookmarks WHERE id = @p0");
        definition = new(connection, $"SELECT {DefinitionColumns} FROM definitions WHERE id = @p0");
        publishedNewest = new(connection, $"SELECT {DefinitionColumns} FROM definitions WHERE key = @p0 AND status = 'Published' ORDER BY version DESC LIMIT 1");
        publishedVersion = new(connection, $"SELECT {DefinitionColumns} FROM definitions WHERE key = @p0 AND version = @p1");
        versionNewest = new(connection, "SELECT id, key, version, status FROM definitions WHERE key = @p0 AND status = 'Published' ORDER BY version DESC LIMIT 1");
        versionExact = new(connection, "SELECT id, key, version, status FROM definitions WHERE key = @p0 AND version = @p1");
        due = new(connection, "SELECT instance_id, id, wake_at FROM bookmarks WHERE wake_at IS NOT NULL AND wake_at <= @p0 ORDER BY wake_at LIMIT @p1");
        bookmarksByKey = new(connection, $"SELECT {RowReader.BookmarkColumns} FROM bookmarks WHERE kind = @p0 AND key = @p1 AND (@p2 IS NULL OR instance_id = @p2) ORDER BY created_at");
        byCorrelation = new(connection, "SELECT id FROM instances WHERE correlation_key = @p0");
    }

    /// <summary>Reads an instance with its open bookmarks; throws <see cref="InstanceTamperedException"/> when they fail the seal.</summary>
    public LoadedInstance? Load(string instanceId) => InOneSnapshot(() => LoadInSnapshot(instanceId));

    private LoadedInstance? LoadInSnapshot(string instanceId)
    {
        var rows = instance.Query(r => (Record: RowReader.Instance(r), Seal: r.GetNullableBlob(RowReader.InstanceColumnCount)), instanceId);
        if (rows.Count == 0)
        {
            return null;
        }

        var (record, seal) = rows[0];
        return SealedRead.Verify(sealer, record, bookmarksOfInstance.Query(RowReader.Bookmark, instanceId), seal);
    }

    /// <summary>Reads the instances that exist among <paramref name="instanceIds"/> with their open bookmarks, two statements in all.</summary>
    public LoadedInstances LoadMany(IReadOnlyCollection<string> instanceIds) => InOneSnapshot(() => LoadManyInSnapshot(instanceIds));

    private LoadedInstances LoadManyInSnapshot(IReadOnlyCollection<string> instanceIds)
    {
        var ids = JsonSerializer.Serialize(instanceIds);
        var rows = instances.Query(r => (Record: RowReader.Instance(r), Seal: r.GetNullableBlob(RowReader.InstanceColumnCount)), ids);
        var bookmarks = bookmarksOfInstances.Query(RowReader.Bookmark, ids).ToLookup(b => b.InstanceId, StringComparer.Ordinal);
        return SealedRead.Split(sealer, rows.Select(r => (r.Record, (IReadOnlyList<BookmarkRecord>)[.. bookmarks[r.Record.Id]], r.Seal)));
    }

    /// <summary>
    /// Runs the reads in one read transaction: the instance row and its bookmarks from one snapshot. Each statement on
    /// its own would see the database as of its own start, and a commit by another engine on the same file between the
    /// two would pair an old row with new bookmarks, which the seal check cannot tell from tampering.
    /// </summary>
    private T InOneSnapshot<T>(Func<T> read)
    {
        begin.Execute();
        try
        {
            return read();
        }
        finally
        {
            commit.Execute();
        }
    }

    public string? InstanceOfBookmark(string bookmarkId) => instanceOfBookmark.Query(r => r.GetString(0), bookmarkId).FirstOrDefault();

    public string? InstanceByCorrelation(string key) => byCorrelation.Query(r => r.GetString(0), key).FirstOrDefault();

    public StoredDefinition? Definition(string id) => definition.Query(ReadDefinition, id).FirstOrDefault();

    public StoredDefinition? Published(string key, int? version) =>
        version is { } v
            ? publishedVersion.Query(ReadDefinition, key, v).FirstOrDefault(d => d.Status == DefinitionStatus.Published)
            : publishedNewest.Query(ReadDefinition, key).FirstOrDefault();

    public DefinitionVersion? Version(string key, int? version)
    {
        static DefinitionVersion Read(RawRow r) => new(r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<DefinitionStatus>(r.GetString(3)));
        return (version is { } v ? versionExact.Query(Read, key, v) : versionNewest.Query(Read, key)).FirstOrDefault();
    }

    public IReadOnlyList<DueWake> Due(DateTimeOffset until, int max) =>
        due.Query(r => new DueWake(r.GetString(0), r.GetString(1), UnixTime.FromMs(r.GetInt64(2))), UnixTime.ToMs(until), max);

    public IReadOnlyList<BookmarkRecord> ByKey(BookmarkKind kind, string key, string? instanceId) =>
        bookmarksByKey.Query(RowReader.Bookmark, kind.ToString(), key, instanceId);

    public void Dispose()
    {
        foreach (var c in new[] { begin, commit, instance, bookmarksOfInstance, instances, bookmarksOfInstances, instanceOfBookmark, definition, publishedNewest, publishedVersion, versionNewest, versionExact, due, bookmarksByKey, byCorrelation })
        {
            c.Dispose();
        }

        connection.Dispose();
    }

    private static StoredDefinition ReadDefinition(RawRow r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<DefinitionStatus>(r.GetString(3)), r.GetString(4));
}
