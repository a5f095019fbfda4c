using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>The definition rows (định nghĩa) and their journal of publishes on PostgreSQL; the versioning rules are the engine's <c>DefinitionCatalog</c>.</summary>
public sealed class PostgresDefinitionStore(PostgresDatabase database) : IDefinitionStore
{
    private const string Columns = "id, key, version, status, json";

    public async ValueTask<IReadOnlyList<StoredDefinition>> ListAsync(string? key = null, CancellationToken cancellationToken = default) =>
        key is null
            ? await PostgresStatements.QueryAsync(database, $"SELECT {Columns} FROM definitions ORDER BY key, version", PostgresRows.Definition, cancellationToken).ConfigureAwait(false)
            : await PostgresStatements.QueryAsync(database, $"SELECT {Columns} FROM definitions WHERE key = @p0 ORDER BY version", PostgresRows.Definition, cancellationToken, key).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<DefinitionHistory>> HistoryAsync(string key, CancellationToken cancellationToken = default) =>
        await PostgresStatements.QueryAsync(database, $"SELECT {DefinitionSql.HistoryColumns} FROM definitions WHERE key = @p0 ORDER BY version", History, cancellationToken, key).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<JournalEntry>> JournalAsync(string key, CancellationToken cancellationToken = default) =>
        await PostgresStatements.QueryAsync(database, DefinitionSql.SelectJournal, Entry, cancellationToken, key).ConfigureAwait(false);

    public async ValueTask AddAsync(NewDefinition definition, JournalEntry? journal = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        try
        {
            await InTransactionAsync(journal, PostgresStatements.Command(DefinitionSql.Insert, DefinitionSql.InsertValues(definition)), cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ConcurrencyConflictException($"Definition '{definition.Key}' version {definition.Version} exists already.");
        }
    }

    public async ValueTask<bool> ReplaceDraftAsync(string id, string name, string json, DefinitionStamp saved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return await PostgresStatements.ExecuteAsync(database, DefinitionSql.ReplaceDraft, cancellationToken, id, name, json, saved.By, UnixTime.ToMs(saved.At)).ConfigureAwait(false) == 1;
    }

    public async ValueTask<bool> ChangeStatusAsync(string id, DefinitionStatus from, DefinitionStatus to, DefinitionStamp stamp, JournalEntry? journal = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        try
        {
            var change = PostgresStatements.Command(DefinitionSql.ChangeStatus, id, from.ToString(), to.ToString(), UnixTime.ToMs(stamp.At), stamp.By);
            return await InTransactionAsync(journal, change, cancellationToken).ConfigureAwait(false) == 1;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ConcurrencyConflictException($"The journal of definition '{journal?.InstanceId}' changed while version {id} was being published.");
        }
    }

    /// <summary>Runs a row's change and appends its journal entry in one transaction; with no row changed nothing is appended.</summary>
    private async Task<int> InTransactionAsync(JournalEntry? journal, NpgsqlBatchCommand change, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int changed;
        await using (var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { change } })
        {
            changed = await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (changed == 1 && journal is not null)
        {
            await using var append = new NpgsqlBatch(connection, transaction) { BatchCommands = { PostgresStatements.Command(DefinitionSql.InsertJournal, DefinitionSql.JournalValues(journal)) } };
            await append.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private static DefinitionHistory History(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<DefinitionStatus>(r.GetString(3)), r.GetString(4),
        new DefinitionStamp(PostgresRows.Text(r, 5) ?? DefinitionSql.UnknownActor, PostgresRows.Time(r, 6) ?? UnixTime.FromMs(r.GetInt64(7))),
        Stamp(PostgresRows.Text(r, 9), PostgresRows.Time(r, 8)),
        Stamp(PostgresRows.Text(r, 11), PostgresRows.Time(r, 10)));

    private static DefinitionStamp? Stamp(string? by, DateTimeOffset? at) => at is { } time ? new DefinitionStamp(by ?? DefinitionSql.UnknownActor, time) : null;

    private static JournalEntry Entry(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), UnixTime.FromMs(r.GetInt64(2)), null, r.GetString(3), PostgresRows.Text(r, 4), null, null, PostgresRows.Text(r, 5), r.GetString(6));
}
