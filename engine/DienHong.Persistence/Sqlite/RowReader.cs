using DienHong.Engine.Activities;
using DienHong.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>Maps rows to the engine's records; the column lists here and in the SQL go together.</summary>
internal static class RowReader
{
    public const string InstanceColumns =
        "id, definition_id, definition_key, definition_version, status, outcome, correlation_key, agency, variables, state, journal_seq, journal_hash, row_version, created_at, updated_at, completed_at";

    /// <summary>How many columns <see cref="InstanceColumns"/> names: a query may read more after them.</summary>
    public const int InstanceColumnCount = 16;

    public const string BookmarkColumns =
        "id, instance_id, node_id, node_instance_id, kind, key, assignee, due_at, wake_at, job_id, payload, created_at";

    public static InstanceRecord Instance(RawRow r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), Enum.Parse<InstanceStatus>(r.GetString(4)),
        r.GetNullableString(5), r.GetNullableString(6), r.GetNullableString(7), r.GetString(8), r.GetString(9), r.GetInt64(10),
        r.GetString(11), r.GetInt64(12), UnixTime.FromMs(r.GetInt64(13)), UnixTime.FromMs(r.GetInt64(14)), r.GetNullableTime(15));

    public static BookmarkRecord Bookmark(RawRow r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Enum.Parse<BookmarkKind>(r.GetString(4)),
        r.GetNullableString(5), r.GetNullableString(6), r.GetNullableTime(7), r.GetNullableTime(8), r.GetNullableString(9),
        r.GetNullableString(10), UnixTime.FromMs(r.GetInt64(11)));
}
