namespace DienHong.Server.Configuration;

/// <summary>Which database the server uses (cơ sở dữ liệu), section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string Sqlite = "Sqlite";

    public const string PostgreSql = "PostgreSQL";

    /// <summary><c>Sqlite</c> (files in the data folder) or <c>PostgreSQL</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The PostgreSQL connection string; unused with SQLite.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);
}
