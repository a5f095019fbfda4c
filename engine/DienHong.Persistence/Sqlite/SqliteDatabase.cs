using DienHong.Engine.Audit;
using DienHong.Engine.Security;
using DienHong.Persistence.Integrity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The embedded database file: opens connections with the engine's settings (WAL, synchronous=NORMAL, a busy
/// timeout) and applies the checked-in migrations at start. A writable database is owned by
/// one process at a time (<see cref="DatabaseOwnership"/>); <see cref="OpenReadOnly"/> reads one beside its owner,
/// or a file nobody may write.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    /// <summary>How long a statement waits for another connection's lock before it fails with SQLITE_BUSY.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly bool ownsKeyring;
    private DatabaseOwnership? ownership;
    private InstanceSealer? sealer;
    private bool disposed;

    /// <summary>A database this process will own and write; <paramref name="keyring"/> defaults to the key file beside it.</summary>
    public SqliteDatabase(string path, IKeyring? keyring = null)
        : this(path, keyring, readOnly: false)
    {
    }

    private SqliteDatabase(string path, IKeyring? keyring, bool readOnly)
    {
        Path = System.IO.Path.GetFullPath(path);
        ownsKeyring = keyring is null;
        Keyring = keyring ?? new FileKeyring(FileKeyring.BesideDatabase(Path));
        IsReadOnly = readOnly;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; private set; }

    /// <summary>Opened by <see cref="OpenReadOnly"/>: no lock is taken and nothing can be written.</summary>
    public bool IsReadOnly { get; }

    /// <summary>The keys that seal this database's instances (kept outside it).</summary>
    public IKeyring Keyring { get; }

    public DbContextOptions<DienHongDbContext> ContextOptions =>
        new DbContextOptionsBuilder<DienHongDbContext>().UseSqlite(ConnectionString).Options;

    internal InstanceSealer Sealer
    {
        get
        {
            lock (gate)
            {
                return sealer ??= new InstanceSealer(Keyring);
            }
        }
    }

    /// <summary>
    /// Opens an existing database for reading only, without taking the owner's lock: beside a running owner, or on a
    /// file or folder nobody may write. When SQLite cannot open the file read-only because the folder is not
    /// writable (WAL needs its shared-memory file), and no write-ahead log is waiting to be applied, the file is read
    /// as immutable.
    /// </summary>
    public static SqliteDatabase OpenReadOnly(string path, IKeyring? keyring = null)
    {
        var database = new SqliteDatabase(path, keyring, readOnly: true);
        if (!File.Exists(database.Path))
        {
            throw new FileNotFoundException($"The database '{database.Path}' does not exist.", database.Path);
        }

        try
        {
            using var probe = database.Open();
            Execute(probe, "SELECT count(*) FROM sqlite_master;");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_CANTOPEN or raw.SQLITE_READONLY && !HasPendingLog(database.Path))
        {
            ClearPool(database.ConnectionString);
            database.ConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = new Uri(database.Path).AbsoluteUri + "?immutable=1",
                Pooling = false,
                Mode = SqliteOpenMode.ReadOnly,
            }.ToString();
        }

        return database;
    }

    public DienHongDbContext NewContext() => new(ContextOptions);

    /// <summary>
    /// Takes ownership of the file, creates it if needed, switches it to WAL, clears a migration lock left by a
    /// process that died (none can be live: this process owns the file), brings the schema up to date and checks
    /// the keys. Fails at once, never waits, when another process owns the file.
    /// </summary>
    public async Task<DatabaseStart> MigrateAsync(CancellationToken cancellationToken = default)
    {
        EnsureOwned();
        bool clearedStaleLock;
        bool upToDate;
        await using (var connection = Open())
        {
            Execute(connection, "PRAGMA journal_mode=WAL;");
            clearedStaleLock = ClearStaleMigrationLock(connection);
            upToDate = await MigrationCheck.IsUpToDateAsync<DienHongDbContext>(connection, typeof(DienHongDbContext).Assembly, cancellationToken).ConfigureAwait(false);
        }

        if (!upToDate)
        {
            await using var context = NewContext();
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var connection = Open())
        {
            var keys = IntegrityRecord.Start(connection, Keyring, Sealer);
            return new DatabaseStart(clearedStaleLock, keys.Created, keys.Adopted);
        }
    }

    /// <summary>How much of the file a connection reads through a memory map (SQLite caps it at its build's limit).</summary>
    private const long MemoryMapBytes = 1L << 32;

    public SqliteConnection Open()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // NORMAL is durable in WAL mode against a crash of the process; the WAL is synced at checkpoints. The writer
        // turns secure_delete on for what touches secrets (see CommitWriter).
        // Memory-mapped reads: a reader's page cache is emptied whenever another connection has written (WAL), so
        // each read of a busy database fetches its pages again; from the map that is a memory access, not a system
        // call and a copy per page.
        Execute(connection, $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={(int)BusyTimeout.TotalMilliseconds}; PRAGMA temp_store=MEMORY; PRAGMA secure_delete=OFF; PRAGMA mmap_size={MemoryMapBytes};");
        return connection;
    }

    /// <summary>Takes the owner's lock if this object does not hold it yet (the writer calls it before it writes).</summary>
    public void EnsureOwned()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The database '{Path}' was opened read-only.");
        }

        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (ownership is null)
            {
                var folder = System.IO.Path.GetDirectoryName(Path);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                ownership = DatabaseOwnership.Acquire(Path);
            }
        }
    }

    /// <summary>Closes pooled connections and gives up ownership.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            ClearPool(ConnectionString);
            sealer?.Dispose();
            ownership?.Dispose();
            ownership = null;
            if (ownsKeyring)
            {
                (Keyring as IDisposable)?.Dispose();
            }
        }
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// EF Core's migration lock is a row in <c>__EFMigrationsLock</c>; a process killed while migrating leaves it, and
    /// every later migration would wait for it forever. Only the owner migrates, so a row found now is stale.
    /// </summary>
    private static bool ClearStaleMigrationLock(SqliteConnection connection)
    {
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'") == 0)
        {
            return false;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
        return command.ExecuteNonQuery() > 0;
    }

    private static bool HasPendingLog(string path) => new FileInfo(path + "-wal") is { Exists: true, Length: > 0 };

    private static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
