using DienHong.Engine.Audit;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>Journal audit's reads and anchors on PostgreSQL (the rules are the engine's <see cref="JournalAudit"/>).</summary>
public sealed class PostgresAuditStore(PostgresDatabase database) : IAuditStore
{
    public async Task<IAuditSnapshot> OpenSnapshotAsync(string? instanceId, CancellationToken cancellationToken = default) =>
        await PostgresAuditSnapshot.OpenAsync(database, instanceId, cancellationToken).ConfigureAwait(false);

    public async Task<Anchor> AddAnchorAsync(Func<long, Anchor> sign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sign);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long id;
        await using (var next = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('anchors', 'id'))", connection, transaction))
        {
            id = (long)(await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var anchor = sign(id);
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO anchors ({SqliteAuditStore.AnchorColumns}) VALUES (@id, @at, @instances, @entries, @created, @root, @heads, @key, @signature)", connection, transaction))
        {
            insert.Parameters.AddWithValue("id", anchor.Id);
            insert.Parameters.AddWithValue("at", anchor.At.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("instances", anchor.Instances);
            insert.Parameters.AddWithValue("entries", anchor.Entries);
            insert.Parameters.AddWithValue("created", anchor.InstancesCreated);
            insert.Parameters.AddWithValue("root", anchor.Root);
            insert.Parameters.AddWithValue("heads", string.Join('\n', anchor.Heads));
            insert.Parameters.AddWithValue("key", anchor.KeyId);
            insert.Parameters.AddWithValue("signature", anchor.Signature);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return anchor;
    }
}
