using DienHong.Engine.Audit;
using DienHong.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// Moves a SQLite database to PostgreSQL (chuyển kho dữ liệu): definitions, instances with their seals, bookmarks,
/// journals, incidents, the integrity record and the anchors, row for row, in one transaction on the target (a
/// failure leaves it as it was), then verifies every chain, seal and anchor on the target with the same keys. The
/// source is owned while it is read, so no engine writes to it meanwhile.
/// </summary>
public sealed class StoreCopy(SqliteDatabase source, PostgresDatabase target)
{
    /// <summary>Rows the target holds already (any table of the model), after bringing its schema up to date.</summary>
    public async Task<long> TargetRowsAsync(CancellationToken cancellationToken = default)
    {
        await using (var context = target.NewContext())
        {
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var connection = await target.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var count = new NpgsqlCommand("SELECT " + string.Join(" + ", StoreTable.All.Select(t => $"(SELECT count(*) FROM {t.Name})")), connection);
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Copies every table in batches of <paramref name="batchSize"/> rows; with <paramref name="replace"/> the target's
    /// rows are deleted first (in the same transaction). Call <see cref="TargetRowsAsync"/> first: it migrates the target.
    /// </summary>
    public async Task<StoreCopyResult> CopyAsync(bool replace, int batchSize, IProgress<StoreCopyProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        await source.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var reader = source.Open())
        await using (var writer = await target.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            using var snapshot = reader.BeginTransaction(deferred: true);
            await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (replace)
            {
                await using var clear = new NpgsqlCommand($"TRUNCATE {string.Join(", ", StoreTable.All.Select(t => t.Name))}", writer, transaction);
                await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var table in StoreTable.All)
            {
                counts[table.Name] = await CopyTableAsync(reader, writer, transaction, table, batchSize, progress, cancellationToken).ConfigureAwait(false);
            }

            // Later anchors are numbered after the copied ones.
            await using (var sequence = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('anchors', 'id'), coalesce(max(id), 0) + 1, false) FROM anchors", writer, transaction))
            {
                await sequence.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        using var audit = new JournalAudit(new PostgresAuditStore(target), target.Keyring, TimeProvider.System);
        var verification = await audit.VerifyAsync(null, cancellationToken).ConfigureAwait(false);
        return new StoreCopyResult(counts, verification);
    }

    private static async Task<long> CopyTableAsync(
        Microsoft.Data.Sqlite.SqliteConnection reader, NpgsqlConnection writer, NpgsqlTransaction transaction, StoreTable table, int batchSize,
        IProgress<StoreCopyProgress>? progress, CancellationToken cancellationToken)
    {
        using var select = new RawStatement(reader, $"SELECT {table.ColumnList} FROM {table.Name} ORDER BY {table.OrderBy}");
        var rows = new List<object?[]>(batchSize);
        long copied = 0;
        foreach (var row in select.Stream(r => Values(r, table)))
        {
            rows.Add(row);
            if (rows.Count == batchSize)
            {
                copied += await InsertAsync(writer, transaction, table, rows, cancellationToken).ConfigureAwait(false);
                progress?.Report(new StoreCopyProgress(table.Name, copied));
                rows.Clear();
            }
        }

        if (rows.Count > 0)
        {
            copied += await InsertAsync(writer, transaction, table, rows, cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(new StoreCopyProgress(table.Name, copied));
        return copied;
    }

    private static object?[] Values(RawRow r, StoreTable table)
    {
        var values = new object?[table.Columns.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.IsNull(i) ? null : table.Columns[i].Type switch
            {
                "text" => r.GetString(i),
                "bytea" => r.GetNullableBlob(i),
                "integer" => r.GetInt32(i),
                _ => r.GetInt64(i),
            };
        }

        return values;
    }

    private static async Task<int> InsertAsync(NpgsqlConnection writer, NpgsqlTransaction transaction, StoreTable table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(table.Insert, writer, transaction);
        for (var i = 0; i < table.Columns.Length; i++)
        {
            var column = i;
            insert.Parameters.AddWithValue("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Columns[i].Type switch
            {
                "text" => rows.Select(r => (string?)r[column]).ToArray(),
                "bytea" => rows.Select(r => (byte[]?)r[column]).ToArray(),
                "integer" => rows.Select(r => (int?)r[column]).ToArray(),
                _ => (object)rows.Select(r => (long?)r[column]).ToArray(),
            });
        }

        return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
