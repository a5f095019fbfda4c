using DienHong.Engine.Audit;

namespace DienHong.Persistence.Sqlite;

/// <summary>Journal audit's reads and anchors on a SQLite file (the rules are the engine's <see cref="JournalAudit"/>).</summary>
public sealed class SqliteAuditStore(SqliteDatabase database) : IAuditStore
{
    internal const string AnchorColumns = "id, at, instances, entries, instances_created, root, heads, key_id, signature";

    public Task<IAuditSnapshot> OpenSnapshotAsync(string? instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IAuditSnapshot>(new SqliteAuditSnapshot(database, instanceId));

    public Task<Anchor> AddAnchorAsync(Func<long, Anchor> sign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sign);
        database.EnsureOwned();
        using var connection = database.Open();
        using var write = connection.BeginTransaction(deferred: false);
        var anchor = sign(SqliteDatabase.Scalar(connection, "SELECT coalesce(max(id), 0) + 1 FROM anchors"));
        using (var insert = new RawStatement(connection, $"INSERT INTO anchors ({AnchorColumns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)"))
        {
            insert.Execute(anchor.Id, anchor.At.ToUnixTimeMilliseconds(), anchor.Instances, anchor.Entries, anchor.InstancesCreated, anchor.Root,
                string.Join('\n', anchor.Heads), anchor.KeyId, anchor.Signature);
        }

        write.Commit();
        return Task.FromResult(anchor);
    }
}
