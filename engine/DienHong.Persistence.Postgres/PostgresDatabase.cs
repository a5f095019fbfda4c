using DienHong.Engine.Audit;
using DienHong.Engine.Security;
using DienHong.Persistence.Integrity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// The engine's database on a PostgreSQL server (cơ sở dữ liệu PostgreSQL): one pooled data source that every
/// store part shares, the keys that seal its instances (a key file, the same file on every node), and the start
/// that applies the PostgreSQL migrations and checks the keys. Several processes (nodes) may use one database at once.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly Lock gate = new();
    private InstanceSealer? sealer;
    private bool disposed;

    public PostgresDatabase(string connectionString, IKeyring keyring)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The hot path repeats a handful of statements: prepared once per physical connection, they skip parsing and planning.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        ConnectionString = builder.ConnectionString;
        // Nothing of the store leaves session state on a pooled connection (transactions end before it is returned,
        // and the session locks have their own source below), so the reset that Npgsql would otherwise run on each
        // return, five statements each in a transaction of its own on the server, is skipped: it doubled the server's
        // transactions per instance.
        DataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { NoResetOnClose = true }.ConnectionString);
        // Session advisory locks must end with their session, whatever went wrong: these connections are not pooled, so
        // closing one ends its server session and drops its locks at once.
        LockSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        Keyring = keyring;
    }

    public string ConnectionString { get; }

    /// <summary>The shared connection pool: every part of the store opens its connections here.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Unpooled connections for the instance locks' sessions (<see cref="PostgresInstanceLocks"/>).</summary>
    internal NpgsqlDataSource LockSource { get; }

    /// <summary>The keys that seal this database's instances (kept outside it).</summary>
    public IKeyring Keyring { get; }

    public DbContextOptions<DienHongDbContext> ContextOptions => Options(ConnectionString);

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

    /// <summary>The EF Core options of the model on PostgreSQL, with the migrations of this assembly.</summary>
    public static DbContextOptions<DienHongDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<DienHongDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name))
            .Options;

    public DienHongDbContext NewContext() => new(ContextOptions);

    /// <summary>
    /// Brings the schema up to date (EF Core takes a lock on the server, so nodes starting together migrate once) and
    /// checks the keys against the integrity record, writing it on the first start.
    /// </summary>
    public async Task<DatabaseStart> MigrateAsync(CancellationToken cancellationToken = default)
    {
        bool upToDate;
        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            upToDate = await MigrationCheck.IsUpToDateAsync<DienHongDbContext>(connection, typeof(PostgresDatabase).Assembly, cancellationToken).ConfigureAwait(false);
        }

        if (!upToDate)
        {
            await using var context = NewContext();
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        var (created, adopted) = await PostgresIntegrity.StartAsync(this, cancellationToken).ConfigureAwait(false);
        return new DatabaseStart(false, created, adopted);
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return DataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>A session for advisory locks: closing it ends the server session, which releases its locks.</summary>
    internal ValueTask<NpgsqlConnection> OpenLockSessionAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return LockSource.OpenConnectionAsync(cancellationToken);
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            DataSource.Dispose();
            LockSource.Dispose();
            sealer?.Dispose();
        }
    }
}
