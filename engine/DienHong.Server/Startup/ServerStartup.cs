using DienHong.Engine.Security;
using DienHong.Persistence;
using DienHong.Scheduling;
using DienHong.Server.Accounts;
using DienHong.Server.Configuration;
using DienHong.Server.Resources;
using DienHong.Web.Application.Administration;
using DienHong.Web.Application.Attachments;
using DienHong.Workflows.Organization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using static DienHong.Server.Configuration.ServerSettings;

namespace DienHong.Server.Startup;

/// <summary>
/// The start (khởi động): migrates the engine database (taking its owner lock) and the accounts database, publishes
/// the catalog, makes the demo accounts on a fresh data folder, starts the job server (which needs the migrated
/// store) and says what it did. Everything here is quick on an existing data folder.
/// </summary>
public sealed class ServerStartup(
    ServerOptions options,
    OrganizationSource organization,
    OrganizationDirectory directory,
    EngineDatabase database,
    IDbContextFactory<AccountsDbContext> accounts,
    CatalogPublisher catalog,
    IServiceScopeFactory scopes,
    IServiceProvider services,
    ServerConsole console,
    IServer server,
    IHostApplicationLifetime lifetime,
    StartTimings timings) : IHostedService
{
    private HangfireServerService? jobs;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        console.WriteLine(F(ServerText.DataFolder, options.DataPath));
        timings.Mark("hosted services built");
        await MigrateAsync(cancellationToken);
        timings.Mark("engine store migrated");
        await using (var db = await accounts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateIfBehindAsync(cancellationToken);
        }

        timings.Mark("accounts migrated");

        Directory.CreateDirectory(options.AttachmentsPath);
        await services.MigrateAttachmentsAsync(cancellationToken);
        if (database.IsPostgres)
        {
            await services.GetRequiredService<AttachmentIndexImport>().RunAsync(cancellationToken);
        }

        await services.MigrateAdministrationAsync(cancellationToken);
        timings.Mark("attachments, administration");

        var published = await catalog.PublishAsync(options.CatalogPath, cancellationToken);
        console.WriteLine(F(ServerText.CatalogPublished, published.Published, published.Unchanged, published.Folder));
        foreach (var (file, reason) in published.Refused)
        {
            console.WriteLine(F(ServerText.CatalogRefused, file, reason));
        }

        timings.Mark("catalog");
        ReportOrganization();
        await DemoAsync(cancellationToken);
        timings.Mark("demo accounts");
        jobs = services.GetRequiredService<HangfireServerService>();
        await jobs.StartAsync(cancellationToken);
        timings.Mark("job server");
        lifetime.ApplicationStarted.Register(ReportAddresses);
    }

    public Task StopAsync(CancellationToken cancellationToken) => jobs?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var start = await database.MigrateAsync(cancellationToken);
            if (start.KeysCreated && database.Keyring is FileKeyring keys)
            {
                console.WriteLine(F(ServerText.KeysCreated, keys.Location));
            }
        }
        catch (DatabaseInUseException e)
        {
            throw new ServerStartException(e.HolderProcessId is { } pid
                ? F(ServerText.DatabaseInUse, options.DataPath, pid)
                : F(ServerText.DatabaseInUseNoProcess, options.DataPath), e);
        }
        catch (Exception e) when (e is KeyringException or DatabaseIntegrityException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            throw new ServerStartException(F(ServerText.DatabaseUnusable, database.Name, e.Message), e);
        }
        catch (Exception e) when (database.IsPostgres && PostgresProblem(e) is { } reason)
        {
            throw new ServerStartException(F(ServerText.PostgresUnreachable, database.Name, reason), e);
        }
    }

    /// <summary>Why a PostgreSQL server could not be used, as its driver says it, or null for a fault of ours.</summary>
    internal static string? PostgresProblem(Exception e) => e is Npgsql.NpgsqlException or TimeoutException
        ? e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message
        : null;

    private void ReportOrganization()
    {
        if (organization.Missing)
        {
            console.WriteLine(F(ServerText.OrganizationMissing, organization.Path));
            return;
        }

        console.WriteLine(organization.DemoCopied
            ? F(ServerText.OrganizationDemoLoaded, organization.Path)
            : F(ServerText.OrganizationLoaded, organization.Organization.Agencies.Count, organization.Organization.People.Count, organization.Path));
    }

    private async Task DemoAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoAccounts>();
        var existing = await demo.CountAsync(cancellationToken);
        if (!options.Demo)
        {
            if (await demo.SetEnabledAsync(false, cancellationToken) is > 0 and var locked)
            {
                console.WriteLine(F(ServerText.DemoAccountsDisabled, locked));
            }

            return;
        }

        if (existing > 0)
        {
            await demo.SetEnabledAsync(true, cancellationToken);
            console.WriteLine(F(ServerText.DemoAccountsExist, existing));
            return;
        }

        // Demo accounts are made only with the demo organisation, never for the people of a real one.
        if (!organization.DemoCopied)
        {
            return;
        }

        var password = await demo.CreateAsync(organization.Organization, cancellationToken);
        var rows = DemoAccounts.Table(directory);
        console.WriteLine(F(ServerText.DemoAccountsCreated, rows.FirstOrDefault(r => r.PersonId is not null)?.UserName ?? "e0001"));
        foreach (var line in AccountTable.Lines(rows))
        {
            console.WriteLine(line);
        }

        console.WriteLine(F(ServerText.DemoPassword, password));
    }

    private void ReportAddresses()
    {
        timings.Mark("listening");
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count > 0)
        {
            console.WriteLine(F(ServerText.Listening, string.Join(", ", addresses)));
        }
    }
}
