using System.Globalization;
using DienHong.Calendar;
using DienHong.Cluster.Node;
using DienHong.Engine;
using DienHong.Engine.Hosting;
using DienHong.Engine.Runtime;
using DienHong.Persistence.Postgres;
using DienHong.Scheduling;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A node: the engine on the PostgreSQL store of --Database:ConnectionString (keys --Database:KeyFile), Hangfire on the
// same database (schema --Database:HangfireSchema, its timeouts --Database:HangfireInvisibilityTimeout and
// --Database:HangfireLockTimeout), a Hangfire server named --Node, and commands read line by line from standard input,
// each answered on standard output once the engine call has returned (that is, once its commit is durable).
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
var database = builder.Configuration.GetSection("Database");
var connectionString = database["ConnectionString"]!;
builder.Services.AddDienHong(o => o
    .UsePostgres(connectionString)
    .UseKeyring(database["KeyFile"]!)
    .UseCalendar(WorkingCalendar.Weekdays)
    .AddAssemblies(typeof(HumanTaskActivity).Assembly));
builder.Services.AddDienHongHangfire(
    new HangfireStorageOptions
    {
        PostgresConnectionString = connectionString,
        PostgresSchema = database["HangfireSchema"] ?? HangfireStorageOptions.DefaultPostgresSchema,
        InvisibilityTimeout = Time(database["HangfireInvisibilityTimeout"]),
        DistributedLockTimeout = Time(database["HangfireLockTimeout"]),
    },
    configureServer: o => o.ServerName = builder.Configuration["Node"] ?? Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
using var host = builder.Build();
await host.Services.StartDienHongAsync();
await host.StartAsync();
Console.WriteLine("READY");
using (var commands = new Commands(host.Services.GetRequiredService<WorkflowEngine>(), Console.Out))
{
    await commands.RunAsync(Console.In);
}

await host.StopAsync();

static TimeSpan? Time(string? text) => text is { Length: > 0 } t ? TimeSpan.Parse(t, CultureInfo.InvariantCulture) : null;
