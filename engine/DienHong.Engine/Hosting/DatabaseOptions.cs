namespace DienHong.Engine.Hosting;

/// <summary>
/// Which store holds instances, bookmarks, journal and definitions (configuration section <c>Database</c>):
/// <see cref="Provider"/> <c>Sqlite</c> with a file <see cref="Path"/>, or <c>PostgreSQL</c> with a
/// <see cref="ConnectionString"/>. The same choice moves Hangfire's job storage.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";

    public const string PostgreSql = "PostgreSQL";

    /// <summary>No store: a host that only validates definitions.</summary>
    public const string None = "None";

    public string? Provider { get; set; }

    public string? Path { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>Read an existing database without owning it (journal verify, export); nothing can be written.</summary>
    public bool ReadOnly { get; set; }

    public bool Is(string provider) => string.Equals(Provider, provider, StringComparison.OrdinalIgnoreCase);
}
