using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Benchmarks;

/// <summary>
/// DienHong on a fresh SQLite file (WAL, synchronous=NORMAL): each instance is StartAsync, then ResumeAsync of the
/// union review and of the head decision, each awaited; several instances are in flight so group commit can batch.
/// </summary>
public static class DienHongChild
{
    private static readonly ResumeInput UnionApproves = new("union-chair", "Approve");
    private static readonly ResumeInput HeadApproves = new("head", "Approve");
    private static readonly StartRequest Start = new() { DefinitionKey = SalaryDefinition.Key, Actor = "clerk" };

    public static async Task<ChildResult> RunAsync(Options options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dienhong-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var services = new ServiceCollection();
            services.AddDienHong(o => o.UseSqlite(Path.Combine(folder, "dienhong.db")).UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly));
            await using var provider = services.BuildServiceProvider();
            await provider.StartDienHongAsync();
            await provider.GetRequiredService<DefinitionCatalog>().ImportPublishedAsync(SalaryDefinition.Json);
            var engine = provider.GetRequiredService<WorkflowEngine>();
            var breakdown = new Breakdown(options.Breakdown);

            var warmedUp = await WarmUp.RunAsync(options, n => Driver.RunAsync(n, options.Concurrency, _ => OneAsync(engine, breakdown)));
            breakdown.Reset();
            var meter = new Meter(warmedUp);
            await Driver.RunAsync(options.N, options.Concurrency, _ => OneAsync(engine, breakdown));
            var result = meter.Stop("dienhong", options.N) with { Note = breakdown.Describe(options.N) };
            return await Meter.RetainedAsync(result, options.Suspended, m => Driver.RunAsync(m, options.Concurrency, _ => StartOnlyAsync(engine)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            DeleteUnlessKept(folder);
        }
    }

    private static void DeleteUnlessKept(string folder)
    {
        if (Environment.GetEnvironmentVariable("DIENHONG_BENCH_KEEP") == "1")
        {
            Console.Error.WriteLine($"kept {folder}");
        }
        else
        {
            try
            {
                Directory.Delete(folder, true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder.
            }
        }
    }

    internal static async Task OneAsync(WorkflowEngine engine, Breakdown breakdown)
    {
        var t0 = Breakdown.Now();
        var started = Check(await engine.StartAsync(Start).ConfigureAwait(false), InstanceStatus.Suspended);
        var t1 = Breakdown.Now();
        var reviewed = Check(await engine.ResumeAsync(started.OpenBookmarks[0].Id, UnionApproves, started.InstanceId).ConfigureAwait(false), InstanceStatus.Suspended);
        var t2 = Breakdown.Now();
        Check(await engine.ResumeAsync(reviewed.OpenBookmarks[0].Id, HeadApproves, started.InstanceId).ConfigureAwait(false), InstanceStatus.Completed);
        breakdown.Add(t0, t1, t2, Breakdown.Now());
    }

    internal static async Task StartOnlyAsync(WorkflowEngine engine) =>
        Check(await engine.StartAsync(Start).ConfigureAwait(false), InstanceStatus.Suspended);

    private static RunResult Check(RunResult result, InstanceStatus expected) =>
        result.Succeeded && result.InstanceStatus == expected
            ? result
            : throw new InvalidOperationException($"Engine call gave {result.Status} {result.InstanceStatus}: {result.Message}");
}
