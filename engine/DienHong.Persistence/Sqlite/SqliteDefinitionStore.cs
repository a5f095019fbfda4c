using DienHong.Engine.Storage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DienHong.Persistence.Sqlite;

/// <summary>The definition rows (định nghĩa) on the SQLite file; the versioning rules are the engine's <c>DefinitionCatalog</c>.</summary>
public sealed class SqliteDefinitionStore(SqliteDatabase database) : IDefinitionStore
{
    private const string Columns = "id, key, version, status, json";

    public ValueTask<IReadOnlyList<StoredDefinition>> ListAsync(string? key = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<StoredDefinition>>(key is null
            ? Statements.Query(database, $"SELECT {Columns} FROM definitions ORDER BY key, version", Read)
            : Statements.Query(database, $"SELECT {Columns} FROM definitions WHERE key = @p0 ORDER BY version", Read, key));

    public ValueTask AddAsync(NewDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var at = UnixTime.ToMs(definition.At);
        try
        {
            Statements.Execute(
                database,
                "INSERT INTO definitions (id, key, version, status, name, json, created_at, published_at, retired_at) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)",
                definition.Id, definition.Key, definition.Version, definition.Status.ToString(), definition.Name, definition.Json, at,
                definition.Status == DefinitionStatus.Published ? at : null,
                definition.Status == DefinitionStatus.Retired ? at : null);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_CONSTRAINT)
        {
            throw new ConcurrencyConflictException($"Definition '{definition.Key}' version {definition.Version} exists already.");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> ReplaceDraftAsync(string id, string name, string json, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Statements.Execute(database, "UPDATE definitions SET name = @p1, json = @p2 WHERE id = @p0 AND status = 'Draft'", id, name, json) == 1);

    public ValueTask<bool> ChangeStatusAsync(string id, DefinitionStatus from, DefinitionStatus to, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Statements.Execute(
            database,
            """
            UPDATE definitions SET status = @p2,
                published_at = CASE WHEN @p2 = 'Published' THEN @p3 ELSE published_at END,
                retired_at = CASE WHEN @p2 = 'Retired' THEN @p3 ELSE retired_at END
            WHERE id = @p0 AND status = @p1
            """,
            id, from.ToString(), to.ToString(), UnixTime.ToMs(at)) == 1);

    private static StoredDefinition Read(RawRow r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<DefinitionStatus>(r.GetString(3)), r.GetString(4));
}
