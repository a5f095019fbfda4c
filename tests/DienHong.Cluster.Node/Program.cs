using DienHong.Cluster.Node;
using DienHong.Engine;
using DienHong.Engine.Runtime;
using DienHong.Persistence.Postgres;
using DienHong.Scheduling;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A node: the engine with its store and Hangfire chosen by Database:* (given as --Database:Provider=PostgreSQL ...),
// a Hangfire server, and commands read line by line from standard input, each answered on standard output once the
// engine call has returned (that is, once its commit is durable).
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddDienHongEngine(null, typeof(HumanTaskActivity).Assembly);
builder.Services.AddDienHongDatabase(builder.Configuration, o => o.ServerName = builder.Configuration["Node"] ?? Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
using var host = builder.Build();
await host.Services.GetRequiredService<PostgresDatabase>().MigrateAsync();
await host.StartAsync();
Console.WriteLine("READY");
using (var commands = new Commands(host.Services.GetRequiredService<WorkflowEngine>(), Console.Out))
{
    await commands.RunAsync(Console.In);
}

await host.StopAsync();
