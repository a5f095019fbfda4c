using DienHong.Engine.Hosting;

namespace DienHong.Persistence;

/// <summary>The SQLite store on the builder's options (<c>services.AddDienHong(o => o.UseSqlite(path))</c>).</summary>
public static class SqliteOptionsExtensions
{
    /// <summary>
    /// The SQLite file at <paramref name="path"/> (created at the first start), or, <paramref name="readOnly"/>, an
    /// existing one read without owning it.
    /// </summary>
    public static DienHongOptions UseSqlite(this DienHongOptions options, string path, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseStore(DatabaseOptions.Sqlite, path, null, readOnly).AddAssemblies(typeof(SqliteStoreProvider).Assembly);
    }
}
