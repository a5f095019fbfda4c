using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The disclosure counts of a report period, the same statement on SQLite and PostgreSQL but for how each reads the
/// journalled <c>late</c> flag and orders agencies: one pass over the period's disclosure events of the journal.
/// </summary>
internal static class DisclosureReport
{
    public static (string Sql, List<object?> Values) Sql(ReportQuery query, string notLate, string collation)
    {
        var values = new List<object?>();
        var events = new Filter(values)
            .Where("j.at >= {} AND j.at < {}", UnixTime.ToMs(query.From), UnixTime.ToMs(query.To))
            .In("j.event", [JournalEvents.DisclosureLate, JournalEvents.DisclosureTakenDown, JournalEvents.ObjectionReceived, JournalEvents.ObjectionAnswered]);
        if (query.Agencies is { } agencies)
        {
            events.In("i.agency", agencies);
        }

        string Count(string condition) => $"CAST(sum(CASE WHEN {condition} THEN 1 ELSE 0 END) AS INTEGER)";
        var sql = $"""
            SELECT i.agency,
                {Count($"j.event = '{JournalEvents.DisclosureLate}'")},
                {Count($"j.event = '{JournalEvents.DisclosureTakenDown}' AND {notLate}")},
                {Count($"j.event = '{JournalEvents.ObjectionReceived}'")},
                {Count($"j.event = '{JournalEvents.ObjectionAnswered}'")}
            FROM journal j JOIN instances i ON i.id = j.instance_id {events}
            GROUP BY i.agency ORDER BY i.agency{collation}
            """;
        return (sql, values);
    }
}
