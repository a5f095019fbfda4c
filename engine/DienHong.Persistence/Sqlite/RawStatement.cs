using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// A statement prepared once on the writer's connection and bound by position through SQLite's own API: the commit
/// path runs many small statements, and binding by name and reading result sets cost more than the writes.
/// </summary>
internal sealed partial class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        // "@pN" becomes "?(N+1)": numbered parameters bind by the position the caller passes them in.
        Check(raw.sqlite3_prepare_v2(db, NumberedParameter().Replace(sql, m => "?" + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)), out statement));
    }

    /// <summary>Binds the values by position (1-based in SQLite), runs the statement and returns the rows it changed.</summary>
    public int Execute(params object?[] values)
    {
        try
        {
            Bind(values);
            var rc = raw.sqlite3_step(statement);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                Check(rc);
            }

            return raw.sqlite3_changes(db);
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }
    }

    /// <summary>Runs a query and reads each row with <paramref name="read"/>.</summary>
    public List<T> Query<T>(Func<RawRow, T> read, params object?[] values)
    {
        try
        {
            Bind(values);
            var rows = new List<T>();
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                rows.Add(read(new RawRow(statement)));
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }

            return rows;
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }
    }

    /// <summary>Runs a query and yields each row as it is stepped to (for reads too large to hold at once).</summary>
    public IEnumerable<T> Stream<T>(Func<RawRow, T> read, params object?[] values)
    {
        try
        {
            Bind(values);
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                yield return read(new RawRow(statement));
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                DBNull => raw.sqlite3_bind_null(statement, i + 1),
                string s => raw.sqlite3_bind_text(statement, i + 1, s),
                long l => raw.sqlite3_bind_int64(statement, i + 1, l),
                int n => raw.sqlite3_bind_int64(statement, i + 1, n),
                bool b => raw.sqlite3_bind_int64(statement, i + 1, b ? 1 : 0),
                byte[] blob => raw.sqlite3_bind_blob(statement, i + 1, blob),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name}.", nameof(values)),
            });
        }
    }

    [GeneratedRegex(@"@p(\d+)")]
    private static partial Regex NumberedParameter();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            // The same exception type and codes as Microsoft.Data.Sqlite, so callers handle both alike.
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
        }
    }
}
