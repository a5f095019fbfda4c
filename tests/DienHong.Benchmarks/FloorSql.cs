using Microsoft.Data.Sqlite;

namespace DienHong.Benchmarks;

/// <summary>
/// The rows DienHong writes for the salary-increase scenario, written by plain prepared SQL on one connection: no
/// engine, no hashing (constant 64-character hashes), same tables, same columns, same number of journal entries.
/// </summary>
public sealed class FloorSql : IDisposable
{
    private const string Hash = "4b3680b636598649f79fb30e7223547418797b7255172a7b553ca96c92b23a21";
    private const string Instances = "id, definition_id, definition_key, definition_version, status, outcome, correlation_key, agency, variables, state, journal_seq, journal_hash, row_version, created_at, updated_at, completed_at";
    private const string Bookmarks = "id, instance_id, node_id, node_instance_id, kind, key, assignee, due_at, wake_at, job_id, payload, created_at";
    private readonly SqliteConnection connection;
    private readonly SqliteCommand begin, commit, insertInstance, selectInstance, selectBookmarks, updateInstance, insertBookmark, deleteBookmark, insertJournal;
    private readonly string definitionId = Guid.NewGuid().ToString("N");

    public FloorSql(SqliteConnection connection)
    {
        this.connection = connection;
        begin = Prepare("BEGIN IMMEDIATE", 0);
        commit = Prepare("COMMIT", 0);
        insertInstance = Prepare($"INSERT INTO instances ({Instances}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15)", 16);
        selectInstance = Prepare($"SELECT {Instances} FROM instances WHERE id = @p0", 1);
        selectBookmarks = Prepare($"SELECT {Bookmarks} FROM bookmarks WHERE instance_id = @p0", 1);
        updateInstance = Prepare("UPDATE instances SET status = @p1, outcome = @p2, variables = @p3, state = @p4, journal_seq = @p5, journal_hash = @p6, row_version = @p7, updated_at = @p8, completed_at = @p9 WHERE id = @p0 AND row_version = @p10", 11);
        insertBookmark = Prepare($"INSERT INTO bookmarks ({Bookmarks}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)", 12);
        deleteBookmark = Prepare("DELETE FROM bookmarks WHERE id = @p0", 1);
        insertJournal = Prepare("INSERT INTO journal (instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)", 10);
    }

    public void Begin() => begin.ExecuteNonQuery();

    public void Commit() => commit.ExecuteNonQuery();

    /// <summary>The next call of an instance at <paramref name="stage"/> (0 start, 1 union review, 2 head decision); returns its id.</summary>
    public string Call(string? id, int stage) => stage switch
    {
        0 => Start(),
        1 => Resume(id!, 1),
        _ => Resume(id!, 2),
    };

    public void Dispose()
    {
        foreach (var c in new[] { begin, commit, insertInstance, selectInstance, selectBookmarks, updateInstance, insertBookmark, deleteBookmark, insertJournal })
        {
            c.Dispose();
        }
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private static string NewId() => Guid.CreateVersion7().ToString("N");

    private string Start()
    {
        var id = NewId();
        var now = Now();
        Exec(insertInstance, id, definitionId, "salary-increase", 1, "Suspended", null, null, null, "{}", "{}", 2L, Hash, 1L, now, now, null);
        AddTask(id, "union-review", "role:union-chair", now);
        Journal(id, 1, now, null, "InstanceStarted", "clerk", null, null);
        Journal(id, 2, now, "union-review", "TaskCreated", "clerk", null, """{"kind":"Task","key":"union-review","assignee":"role:union-chair"}""");
        return id;
    }

    private string Resume(string id, int stage)
    {
        long rowVersion;
        using (var r = Bind(selectInstance, id).ExecuteReader())
        {
            r.Read();
            var values = new object[r.FieldCount];
            r.GetValues(values);
            rowVersion = r.GetInt64(12);
        }

        string bookmark;
        using (var r = Bind(selectBookmarks, id).ExecuteReader())
        {
            r.Read();
            var values = new object[r.FieldCount];
            r.GetValues(values);
            bookmark = r.GetString(0);
        }

        var now = Now();
        Exec(deleteBookmark, bookmark);
        if (stage == 1)
        {
            AddTask(id, "head-decision", "role:head", now);
            Update(id, "Suspended", null, "{}", 4, rowVersion, now, null);
            Journal(id, 3, now, "union-review", "TaskCompleted", "union-chair", "Approve", null);
            Journal(id, 4, now, "head-decision", "TaskCreated", "union-chair", null, """{"kind":"Task","key":"head-decision","assignee":"role:head"}""");
        }
        else
        {
            Update(id, "Completed", "Approved", """{"published":true}""", 7, rowVersion, now, now);
            Journal(id, 5, now, "head-decision", "TaskCompleted", "head", "Approve", null);
            Journal(id, 6, now, "publish", "NodeCompleted", "head", null, null);
            Journal(id, 7, now, "approved", "InstanceCompleted", "head", "Approved", null);
        }

        return id;
    }

    private void Update(string id, string status, string? outcome, string variables, long seq, long rowVersion, long now, long? completed)
    {
        if (Exec(updateInstance, id, status, outcome, variables, "{}", seq, Hash, rowVersion + 1, now, completed, rowVersion) != 1)
        {
            throw new InvalidOperationException($"Row version conflict on {id}.");
        }
    }

    private void AddTask(string id, string node, string assignee, long now) =>
        Exec(insertBookmark, NewId(), id, node, NewId(), "Task", node, assignee, null, null, null, """{"outcomes":["Approve","Reject"]}""", now);

    private void Journal(string id, long seq, long now, string? node, string @event, string actor, string? outcome, string? data) =>
        Exec(insertJournal, id, seq, now, node, @event, actor, outcome, null, data, Hash);

    private static int Exec(SqliteCommand command, params object?[] values) => Bind(command, values).ExecuteNonQuery();

    private static SqliteCommand Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("@p" + i, DBNull.Value));
        }

        command.Prepare();
        return command;
    }
}
