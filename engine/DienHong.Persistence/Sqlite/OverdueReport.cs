using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The overdue tasks of a report (việc quá hạn), the same statement on SQLite and PostgreSQL but for how each orders
/// agencies: the open task bookmarks read from their due-time index, counted per agency.
/// </summary>
internal static class OverdueReport
{
    public static (string Sql, List<object?> Values) Sql(DateTimeOffset at, IReadOnlyCollection<string>? agencies, string collation)
    {
        var values = new List<object?>();
        var open = new Filter(values).Where("b.kind = 'Task' AND b.due_at < {}", UnixTime.ToMs(at));
        if (agencies is not null)
        {
            open.In("i.agency", agencies);
        }

        var sql = $"""
            SELECT i.agency, CAST(count(*) AS INTEGER)
            FROM bookmarks b JOIN instances i ON i.id = b.instance_id {open}
            GROUP BY i.agency ORDER BY i.agency{collation}
            """;
        return (sql, values);
    }
}
