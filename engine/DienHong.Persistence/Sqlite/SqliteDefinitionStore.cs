using DienHong.Engine.Storage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DienHong.Persistence.Sqlite;

/// <summary>The definition rows (định nghĩa) and their journal of publishes on the SQLite file; the versioning rules are the engine's <c>DefinitionCatalog</c>.</summary>
public sealed class SqliteDefinitionStore(SqliteDatabase database) : IDefinitionStore
{
    private const string Columns = "id, key, version, status, json";

    public ValueTask<IReadOnlyList<StoredDefinition>> ListAsync(string? key = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<StoredDefinition>>(key is null
            ? Statements.Query(database, $"SELECT {Columns} FROM definitions ORDER BY key, version", Read)
            : Statements.Query(database, $"SELECT {Columns} FROM definitions WHERE key = @p0 ORDER BY version", Read, key));

    public ValueTask<IReadOnlyList<DefinitionHistory>> HistoryAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<DefinitionHistory>>(Statements.Query(database, $"SELECT {DefinitionSql.HistoryColumns} FROM definitions WHERE key = @p0 ORDER BY version", ReadHistory, key));

    public ValueTask<IReadOnlyList<JournalEntry>> JournalAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<JournalEntry>>(Statements.Query(database, DefinitionSql.SelectJournal, ReadEntry, key));

    public ValueTask AddAsync(NewDefinition definition, JournalEntry? journal = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        try
        {
            InTransaction(journal, connection =>
            {
                using var insert = new RawStatement(connection, DefinitionSql.Insert);
                return insert.Execute(DefinitionSql.InsertValues(definition));
            });
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_CONSTRAINT)
        {
            throw new ConcurrencyConflictException($"Definition '{definition.Key}' version {definition.Version} exists already.");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> ReplaceDraftAsync(string id, string name, string json, DefinitionStamp saved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return ValueTask.FromResult(Statements.Execute(database, DefinitionSql.ReplaceDraft, id, name, json, saved.By, UnixTime.ToMs(saved.At)) == 1);
    }

    public ValueTask<bool> ChangeStatusAsync(string id, DefinitionStatus from, DefinitionStatus to, DefinitionStamp stamp, JournalEntry? journal = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        try
        {
            return ValueTask.FromResult(InTransaction(journal, connection =>
            {
                using var update = new RawStatement(connection, DefinitionSql.ChangeStatus);
                return update.Execute(id, from.ToString(), to.ToString(), UnixTime.ToMs(stamp.At), stamp.By);
            }) == 1);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_CONSTRAINT)
        {
            throw new ConcurrencyConflictException($"The journal of definition '{journal?.InstanceId}' changed while version {id} was being published.");
        }
    }

    /// <summary>Runs a row's change and appends its journal entry in one transaction; with no row changed nothing is appended.</summary>
    private int InTransaction(JournalEntry? journal, Func<SqliteConnection, int> change)
    {
        database.EnsureOwned();
        using var connection = database.Open();
        using var begin = new RawStatement(connection, "BEGIN IMMEDIATE");
        using var commit = new RawStatement(connection, "COMMIT");
        using var rollback = new RawStatement(connection, "ROLLBACK");
        begin.Execute();
        try
        {
            var changed = change(connection);
            if (changed == 1 && journal is not null)
            {
                using var append = new RawStatement(connection, DefinitionSql.InsertJournal);
                append.Execute(DefinitionSql.JournalValues(journal));
            }

            commit.Execute();
            return changed;
        }
        catch
        {
            rollback.Execute();
            throw;
        }
    }

    private static StoredDefinition Read(RawRow r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<DefinitionStatus>(r.GetString(3)), r.GetString(4));

    private static DefinitionHistory ReadHistory(RawRow r) => new(
        r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<DefinitionStatus>(r.GetString(3)), r.GetString(4),
        new DefinitionStamp(r.GetNullableString(5) ?? DefinitionSql.UnknownActor, r.GetNullableTime(6) ?? UnixTime.FromMs(r.GetInt64(7))),
        Stamp(r.GetNullableString(9), r.GetNullableTime(8)),
        Stamp(r.GetNullableString(11), r.GetNullableTime(10)));

    private static DefinitionStamp? Stamp(string? by, DateTimeOffset? at) => at is { } time ? new DefinitionStamp(by ?? DefinitionSql.UnknownActor, time) : null;

    private static JournalEntry ReadEntry(RawRow r) =>
        new(r.GetString(0), r.GetInt64(1), UnixTime.FromMs(r.GetInt64(2)), null, r.GetString(3), r.GetNullableString(4), null, null, r.GetNullableString(5), r.GetString(6));
}
