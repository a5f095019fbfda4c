using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>The definition store's SQL, the same text on SQLite and PostgreSQL (times are Unix milliseconds).</summary>
internal static class DefinitionSql
{
    /// <summary>Who is shown for what was done before authors were kept: the engine's own account.</summary>
    public const string UnknownActor = "system";

    public const string HistoryColumns = "id, key, version, status, name, saved_by, saved_at, created_at, published_at, published_by, retired_at, retired_by";

    public const string Insert =
        "INSERT INTO definitions (id, key, version, status, name, json, created_at, saved_at, saved_by, published_at, published_by, retired_at, retired_by) " +
        "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p6, @p7, @p8, @p9, @p10, @p11)";

    public const string ReplaceDraft = "UPDATE definitions SET name = @p1, json = @p2, saved_by = @p3, saved_at = @p4 WHERE id = @p0 AND status = 'Draft'";

    public const string ChangeStatus =
        """
        UPDATE definitions SET status = @p2,
            published_at = CASE WHEN @p2 = 'Published' THEN @p3 ELSE published_at END,
            published_by = CASE WHEN @p2 = 'Published' THEN @p4 ELSE published_by END,
            retired_at = CASE WHEN @p2 = 'Retired' THEN @p3 ELSE retired_at END,
            retired_by = CASE WHEN @p2 = 'Retired' THEN @p4 ELSE retired_by END
        WHERE id = @p0 AND status = @p1
        """;

    public const string InsertJournal = "INSERT INTO definition_journal (definition_key, seq, at, event, actor, data, hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)";

    public const string SelectJournal = "SELECT definition_key, seq, at, event, actor, data, hash FROM definition_journal WHERE definition_key = @p0 ORDER BY seq";

    public static object?[] InsertValues(NewDefinition d)
    {
        var at = UnixTime.ToMs(d.At);
        var published = d.Status == DefinitionStatus.Published;
        var retired = d.Status == DefinitionStatus.Retired;
        return [d.Id, d.Key, d.Version, d.Status.ToString(), d.Name, d.Json, at, d.By,
            published ? at : null, published ? d.By : null, retired ? at : null, retired ? d.By : null];
    }

    public static object?[] JournalValues(JournalEntry e) => [e.InstanceId, e.Seq, UnixTime.ToMs(e.At), e.Event, e.Actor, e.Data, e.Hash];
}
