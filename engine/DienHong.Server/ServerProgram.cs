using DienHong.Server.Accounts;
using DienHong.Server.Administration;
using DienHong.Server.Api;
using DienHong.Server.Attachments;
using DienHong.Server.Configuration;
using DienHong.Server.Operations;
using DienHong.Server.Resources;
using DienHong.Server.Startup;
using DienHong.Server.Web;
using DienHong.Web;
using DienHong.Web.Application.Administration;
using DienHong.Web.Application.Attachments;
using DienHong.Web.Components;
using DienHong.Web.Localization;
using Hangfire;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using static DienHong.Server.Configuration.ServerSettings;

namespace DienHong.Server;

/// <summary>
/// The server's start (chương trình máy chủ): reads and checks the configuration, composes the services, builds the
/// pipeline and runs; a problem a person can fix is one line on the error output and exit code 2, never a stack trace.
/// </summary>
public static class ServerProgram
{
    public const int BadConfiguration = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        // The content root is the server's own folder (appsettings.json, the catalog), whatever the current folder;
        // the data folder stays relative to the current folder. A test host names its own content root.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        ServerLanguage.Apply(builder.Configuration["DienHong:Language"]);
        var timings = StartTimings.From(builder.Configuration);
        timings.Mark("host builder");
        try
        {
            if (args.FirstOrDefault() == AccountCommands.Name)
            {
                return await AccountCommands.RunAsync(args[1..], builder.Configuration);
            }

            await using var app = Build(builder);
            timings.Mark("services and pipeline");
            await app.RunAsync();
            return 0;
        }
        catch (ServerStartException e)
        {
            return Fail(e.Message);
        }
        catch (OptionsValidationException e)
        {
            return Fail(e.Failures.FirstOrDefault() ?? e.Message);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            return Fail(F(ServerText.PortInUse, string.Join(", ", Urls(builder))));
        }
        catch (IOException e) when (e.Message.Contains("bind", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(F(ServerText.AddressUnusable, string.Join(", ", Urls(builder)), e.Message));
        }
    }

    /// <summary>Composes the services and the pipeline on a builder whose configuration is complete.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var (server, database) = Read(builder.Configuration);
        var organization = OrganizationSource.Prepare(server);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        builder.WebHost.UseStaticWebAssets();
        // A failed start is told in one line by RunAsync; the host's own report of it would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        var services = builder.Services;
        services.AddSingleton(server);
        services.AddSingleton(database);
        services.AddSingleton(organization);
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerSettings>();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, ServerSettings>();
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section).ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton(new ServerConsole(Console.Out));
        services.AddSingleton(StartTimings.From(builder.Configuration));

        // First the start (migrations, catalog, demo), then the engine with its job server, which needs them done.
        services.AddHostedService<ServerStartup>();
        services.AddEngine(server, database, organization);
        services.AddAccounts(server, database);
        // The index is in the database every node shares; the files are in the attachments folder (shared storage for several nodes).
        services.AddAttachments(
            database.IsPostgres ? PostgresAttachmentsDbContext.On(database.ConnectionString!) : AttachmentsComposition.UseSqlite($"Data Source={server.AccountsPath}"),
            server.AttachmentsPath);
        services.AddSingleton<AttachmentIndexImport>();
        services.AddAdministration(database.IsPostgres ? PostgresAdministrationDbContext.On(database.ConnectionString!) : AdministrationComposition.UseSqlite($"Data Source={server.AccountsPath}"));
        services.AddDienHongWeb();
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<HangfireHealthCheck>("hangfire")
            .AddCheck<DiskSpaceHealthCheck>("disk");
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseHttpLogging();
        // Before the language: an API request without Accept-Language is answered in the signed-in account's language.
        app.UseAuthentication();
        var localization = new RequestLocalizationOptions()
            .SetDefaultCulture(AppCultures.Vietnamese)
            .AddSupportedCultures([.. AppCultures.All])
            .AddSupportedUICultures([.. AppCultures.All]);
        // Vietnamese unless the person chose English: the browser's language does not decide (a script's Accept-Language does, on the API).
        localization.RequestCultureProviders = [new ApiLanguageProvider(), new CookieRequestCultureProvider()];
        app.UseRequestLocalization(localization);
        app.UseMiddleware<PasswordChangeGate>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new SystemAdminDashboardFilter()],
            DashboardTitle = "Diên Hồng · Hangfire",
            AppPath = "/",
        });

        app.MapStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthJson.WriteAsync }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs").AllowAnonymous();
        app.MapApi();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    private static IEnumerable<string> Urls(WebApplicationBuilder builder) =>
        (builder.Configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls ? urls : "http://localhost:5080").Split(';');

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return BadConfiguration;
    }
}
