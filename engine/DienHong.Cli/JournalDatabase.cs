using System.CommandLine;
using DienHong.Calendar;
using DienHong.Cli.Resources;
using DienHong.Engine.Audit;
using DienHong.Engine.Hosting;
using DienHong.Engine.Security;
using DienHong.Persistence;
using DienHong.Persistence.Postgres;
using DienHong.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DienHong.Cli;

/// <summary>
/// The database a journal command audits (cơ sở dữ liệu được kiểm tra): the SQLite file of <c>--db</c>, or the
/// PostgreSQL database of <c>--postgres</c> (a connection string, as <c>migrate-store --to</c> takes), with the key
/// file of <c>--keys</c>. Reached through the engine's builder, so every store is audited by the same rules.
/// </summary>
internal sealed class JournalDatabase
{
    private JournalDatabase(string path, string? connectionString, string? keyFile)
    {
        Path = path;
        ConnectionString = connectionString;
        KeyFile = keyFile;
        Name = connectionString is null ? path : PostgresTarget.Describe(connectionString, CliMessages.PostgresInvalid);
    }

    public string Path { get; }

    public string? ConnectionString { get; }

    public string? KeyFile { get; }

    /// <summary>How messages name the database: the file, or host, port and database.</summary>
    public string Name { get; }

    public bool IsPostgres => ConnectionString is not null;

    /// <summary>Where the keys are looked for: the key file given, or (SQLite only) the one beside the database.</summary>
    public string KeyLocation => System.IO.Path.GetFullPath(KeyFile ?? FileKeyring.BesideDatabase(Path));

    public static Option<string> PostgresOption() => new("--postgres") { Description = CliMessages.PostgresOption, HelpName = "connection string" };

    /// <summary>The database the options name; PostgreSQL has no key file beside it, so <c>--keys</c> is required with it.</summary>
    public static JournalDatabase From(ParseResult parse, Option<string> db, Option<string> postgres, Option<string> keys)
    {
        var connectionString = parse.GetValue(postgres);
        if (connectionString is not null && string.IsNullOrWhiteSpace(parse.GetValue(keys)))
        {
            throw new CliInputException(CliMessages.PostgresNeedsKeys);
        }

        return new JournalDatabase(parse.GetValue(db) ?? JournalCommand.DefaultDatabase, connectionString, parse.GetValue(keys));
    }

    /// <summary>The message when an SQLite file is not there; null when the database can be tried.</summary>
    public string? Missing() => IsPostgres || File.Exists(Path) ? null : CliApp.F(CliMessages.DatabaseNotFound, Path);

    /// <summary>The services on this database; a SQLite file read without owning it when <paramref name="readOnly"/>.</summary>
    public ServiceProvider Services(bool readOnly) => CliServices.Create(WorkingCalendar.Weekdays, o =>
    {
        if (ConnectionString is { } connectionString)
        {
            o.UsePostgres(connectionString);
        }
        else
        {
            o.UseSqlite(Path, readOnly);
        }

        if (KeyFile is { } keys)
        {
            o.UseKeyring(keys);
        }
    });

    /// <summary>Brings the database up to date before a write (on SQLite telling what the start did), as the engine's own start does.</summary>
    public async Task StartAsync(CliContext context, ServiceProvider services, CancellationToken cancellationToken)
    {
        if (IsPostgres)
        {
            await services.StartDienHongAsync(cancellationToken);
            return;
        }

        var sqlite = services.GetRequiredService<SqliteDatabase>();
        DatabaseStartText.Write(context, await sqlite.MigrateAsync(cancellationToken), sqlite);
    }

    public static IJournalAudit Audit(ServiceProvider services) => services.GetRequiredService<IJournalAudit>();

    /// <summary>The message for a problem a person can act on, or null (then it propagates).</summary>
    public string? Describe(Exception e) => e switch
    {
        NpgsqlException or TimeoutException when IsPostgres => CliApp.F(CliMessages.PostgresUnusable, Name, e.Message),
        DienHongStartException start => start.Message,
        _ => DatabaseErrors.Describe(e, Name),
    };
}
