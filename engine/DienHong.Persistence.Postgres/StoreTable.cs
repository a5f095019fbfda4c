namespace DienHong.Persistence.Postgres;

/// <summary>
/// One table as <see cref="StoreCopy"/> moves it: its columns in order, each with its PostgreSQL type (text, bigint,
/// integer or bytea; times are bigint milliseconds on both sides), and the order its rows are read in.
/// </summary>
internal sealed record StoreTable(string Name, string OrderBy, params (string Column, string Type)[] Columns)
{
    /// <summary>Every table of the model, parents before the rows that name them.</summary>
    public static readonly IReadOnlyList<StoreTable> All =
    [
        new("definitions", "id", ("id", "text"), ("key", "text"), ("version", "integer"), ("status", "text"), ("name", "text"), ("json", "text"),
            ("created_at", "bigint"), ("published_at", "bigint"), ("retired_at", "bigint"), ("saved_at", "bigint"), ("saved_by", "text"),
            ("published_by", "text"), ("retired_by", "text")),
        new("definition_journal", "definition_key, seq", ("definition_key", "text"), ("seq", "bigint"), ("at", "bigint"), ("event", "text"), ("actor", "text"),
            ("data", "text"), ("hash", "text")),
        new("instances", "id", ("id", "text"), ("definition_id", "text"), ("definition_key", "text"), ("definition_version", "integer"), ("status", "text"),
            ("outcome", "text"), ("correlation_key", "text"), ("agency", "text"), ("variables", "text"), ("state", "text"), ("journal_seq", "bigint"),
            ("journal_hash", "text"), ("row_version", "bigint"), ("created_at", "bigint"), ("updated_at", "bigint"), ("completed_at", "bigint"), ("seal", "bytea")),
        new("bookmarks", "id", ("id", "text"), ("instance_id", "text"), ("node_id", "text"), ("node_instance_id", "text"), ("kind", "text"), ("key", "text"),
            ("assignee", "text"), ("due_at", "bigint"), ("wake_at", "bigint"), ("job_id", "text"), ("payload", "text"), ("created_at", "bigint"),
            ("agency", "text")),
        new("journal", "instance_id, seq", ("instance_id", "text"), ("seq", "bigint"), ("at", "bigint"), ("node_id", "text"), ("event", "text"), ("actor", "text"),
            ("outcome", "text"), ("comment", "text"), ("data", "text"), ("hash", "text")),
        new("incidents", "id", ("id", "text"), ("instance_id", "text"), ("node_id", "text"), ("message", "text"), ("at", "bigint"), ("code", "text"),
            ("exception_type", "text"), ("stack_trace", "text"), ("resolved_at", "bigint")),
        new("integrity", "id", ("id", "bigint"), ("key_id", "text"), ("instances_created", "bigint"), ("seal", "text")),
        new("anchors", "id", ("id", "bigint"), ("at", "bigint"), ("instances", "bigint"), ("entries", "bigint"), ("instances_created", "bigint"),
            ("root", "text"), ("heads", "text"), ("key_id", "text"), ("signature", "text")),
    ];

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Column));

    /// <summary>One insert of many rows: each column an array parameter, spread by <c>unnest</c>.</summary>
    public string Insert =>
        $"INSERT INTO {Name} ({ColumnList}) SELECT * FROM unnest({string.Join(", ", Columns.Select((c, i) => $"@c{i}::{c.Type}[]"))})";
}
