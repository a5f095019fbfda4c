using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Server.Accounts;
using DienHong.Server.Startup;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Benchmarks.Http;

/// <summary>
/// The data set of the HTTP benchmark (bộ dữ liệu đo): a server data folder with the scaled organisation, an account
/// per person (one password) and that many open salary-step cases, each waiting for its agency's HR. Made once per
/// scale into the cache folder through the server's own start and its engine (the engine's group commit, 128 starts
/// in flight), then copied for each run.
/// </summary>
public sealed record HttpDataset(string Folder, string Password, int Agencies, int Tasks, double GenerateSeconds)
{
    private const string Manifest = "dataset.json";
    private const int InFlight = 128;
    private const string Workflow = "salary-step-regular";

    public static async Task<HttpDataset> OpenOrCreateAsync(string cache, int agencies, int tasks)
    {
        var folder = Path.GetFullPath(Path.Combine(cache, string.Create(CultureInfo.InvariantCulture, $"http-{agencies}-{tasks}")));
        var manifest = Path.Combine(folder, Manifest);
        if (File.Exists(manifest))
        {
            return JsonSerializer.Deserialize<HttpDataset>(await File.ReadAllTextAsync(manifest), JsonSerializerOptions.Web)! with { Folder = folder };
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, true);
        }

        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var organization = ScaledOrganization.Build(OrganizationSource.DemoFile, agencies);
        await File.WriteAllTextAsync(Path.Combine(folder, "organization.json"), organization.ToJsonString());
        string password;
        await using (var server = await InProcessServer.StartAsync(folder))
        {
            await using (var scope = server.Services.CreateAsyncScope())
            {
                var people = scope.ServiceProvider.GetRequiredService<DienHong.Workflows.Organization.OrganizationDirectory>().Organization;
                password = await scope.ServiceProvider.GetRequiredService<DemoAccounts>().CreateAsync(people, CancellationToken.None);
            }

            await StartCasesAsync(server, organization, tasks);
        }

        var dataset = new HttpDataset(folder, password, agencies, tasks, clock.Elapsed.TotalSeconds);
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(dataset, JsonSerializerOptions.Web));
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"data set {agencies} agencies, {tasks:N0} open tasks: made in {clock.Elapsed.TotalSeconds:F0} s ({folder})"));
        return dataset;
    }

    /// <summary>A copy of the data set for one run (the run completes tasks, so each starts from the same state).</summary>
    public string CopyTo(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    /// <summary>
    /// Starts the cases through the engine, as the case service does after its checks (the same request: the published
    /// version, the agency, the input, the HR person as the actor), without reading each case back for a reply.
    /// </summary>
    private static async Task StartCasesAsync(InProcessServer server, JsonObject organization, int tasks)
    {
        var agencies = ScaledOrganization.CaseAgencies(organization).ToArray();
        var hr = agencies.ToDictionary(a => a, a => ScaledOrganization.Holder(organization, a, "hr"));
        var employee = agencies.ToDictionary(a => a, a => ScaledOrganization.Holder(organization, a, "accountant"));
        var engine = server.Services.GetRequiredService<WorkflowEngine>();
        var version = await engine.Store.FindVersionAsync(Workflow, null) ?? throw new InvalidOperationException($"'{Workflow}' is not published.");
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < tasks)
            {
                var agency = agencies[i % agencies.Length];
                var input = new JsonObject { ["employeeId"] = employee[agency], ["gradeLevel"] = "college", ["lastStepDate"] = "2020-01-01", ["completedDuties"] = true };
                var started = await engine.StartAsync(new StartRequest { DefinitionId = version.Id, Agency = agency, Input = input, Actor = hr[agency] });
                if (!started.Succeeded)
                {
                    throw new InvalidOperationException($"Case {i} in {agency} was refused: {started.Message}");
                }

                if (i > 0 && i % 50_000 == 0)
                {
                    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {i:N0} cases started, {i / clock.Elapsed.TotalSeconds:F0}/s"));
                }
            }
        })));
    }
}
