using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>The definition rows (định nghĩa) on PostgreSQL; the versioning rules are the engine's <c>DefinitionCatalog</c>.</summary>
public sealed class PostgresDefinitionStore(PostgresDatabase database) : IDefinitionStore
{
    private const string Columns = "id, key, version, status, json";

    public async ValueTask<IReadOnlyList<StoredDefinition>> ListAsync(string? key = null, CancellationToken cancellationToken = default) =>
        key is null
            ? await PostgresStatements.QueryAsync(database, $"SELECT {Columns} FROM definitions ORDER BY key, version", PostgresRows.Definition, cancellationToken).ConfigureAwait(false)
            : await PostgresStatements.QueryAsync(database, $"SELECT {Columns} FROM definitions WHERE key = @p0 ORDER BY version", PostgresRows.Definition, cancellationToken, key).ConfigureAwait(false);

    public async ValueTask AddAsync(NewDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var at = UnixTime.ToMs(definition.At);
        try
        {
            await PostgresStatements.ExecuteAsync(
                database,
                "INSERT INTO definitions (id, key, version, status, name, json, created_at, published_at, retired_at) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)",
                cancellationToken,
                definition.Id, definition.Key, definition.Version, definition.Status.ToString(), definition.Name, definition.Json, at,
                definition.Status == DefinitionStatus.Published ? at : null,
                definition.Status == DefinitionStatus.Retired ? at : null).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ConcurrencyConflictException($"Definition '{definition.Key}' version {definition.Version} exists already.");
        }
    }

    public async ValueTask<bool> ReplaceDraftAsync(string id, string name, string json, CancellationToken cancellationToken = default) =>
        await PostgresStatements.ExecuteAsync(database, "UPDATE definitions SET name = @p1, json = @p2 WHERE id = @p0 AND status = 'Draft'", cancellationToken, id, name, json).ConfigureAwait(false) == 1;

    public async ValueTask<bool> ChangeStatusAsync(string id, DefinitionStatus from, DefinitionStatus to, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await PostgresStatements.ExecuteAsync(
            database,
            """
            UPDATE definitions SET status = @p2,
                published_at = CASE WHEN @p2 = 'Published' THEN @p3 ELSE published_at END,
                retired_at = CASE WHEN @p2 = 'Retired' THEN @p3 ELSE retired_at END
            WHERE id = @p0 AND status = @p1
            """,
            cancellationToken,
            id, from.ToString(), to.ToString(), UnixTime.ToMs(at)).ConfigureAwait(false) == 1;
}
