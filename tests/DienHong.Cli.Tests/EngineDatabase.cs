using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Engine.Runtime;
using DienHong.Persistence;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Cli.Tests;

/// <summary>A database the engine has run instances on (the command line itself only imports definitions).</summary>
public static class EngineDatabase
{
    /// <summary>Publishes the sequence sample and runs <paramref name="finished"/> instances to the end and one to its first task.</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(string databasePath, int finished = 2)
    {
        var services = new ServiceCollection();
        services.AddDienHong(o => o.UseSqlite(databasePath).UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly));
        await using var provider = services.BuildServiceProvider();
        await provider.StartDienHongAsync();
        await provider.GetRequiredService<DefinitionCatalog>().ImportPublishedAsync(await File.ReadAllTextAsync(Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json")));
        var engine = provider.GetRequiredService<WorkflowEngine>();
        var ids = new List<string>();
        for (var i = 0; i <= finished; i++)
        {
            var started = await engine.StartAsync(new StartRequest { DefinitionKey = "sample-sequence", Input = new JsonObject { ["subject"] = $"Công văn {i}" }, Actor = "E0142" });
            ids.Add(started.InstanceId!);
            foreach (var (node, outcome) in i < finished ? new[] { ("draft", "Submitted"), ("sign", "Signed") } : [])
            {
                var open = (await engine.Store.LoadAsync(started.InstanceId!))!.Bookmarks.Single(b => b.NodeId == node);
                await engine.ResumeAsync(open.Id, new ResumeInput("E0001", outcome), started.InstanceId);
            }
        }

        return ids;
    }
}
