using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DienHong.Web.Application;
using DienHong.Web.Application.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Benchmarks.Http;

/// <summary>
/// <c>--http</c>: the server under load (đo máy chủ qua HTTP) on a copy of the data set, three runs, medians: the time
/// from the process start to the first <c>/health</c> 200, the inbox query's p95 through the service and over HTTP,
/// and completing tasks over HTTP with signed-in clients (requests/s, p50/p95/p99).
/// </summary>
public static class HttpBenchmark
{
    private const int InboxWarmup = 30;

    public static async Task<int> RunAsync(Options options)
    {
        var dataset = await HttpDataset.OpenOrCreateAsync(options.Cache, options.Agencies, options.Tasks);
        var results = new List<HttpRunResult>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var folder = Directory.CreateTempSubdirectory("dienhong-http-").FullName;
            try
            {
                var result = await RunOnceAsync(options, dataset, folder);
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: ready {result.ReadyMs:F0} ms, inbox p95 {result.ServiceInboxP95:F1} ms (service) {result.HttpInboxP95:F1} ms (HTTP), CPU per inbox {result.ServiceInboxCpuMs:F2} ms (service process) {result.HttpInboxCpuMs:F2} ms (server process), complete {result.CompletesPerSecond:F0}/s p50 {result.CompleteP50:F1} p95 {result.CompleteP95:F1} p99 {result.CompleteP99:F1} ms, CPU {result.ServerCpuMsPerComplete:F2} ms server + {result.ClientCpuMsPerComplete:F2} ms client per completion, {result.Errors} errors, load {result.Load:F1}"));
                results.Add(result);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        var report = Markdown(options, dataset, results);
        Console.WriteLine(report);
        if (options.Out is { } path)
        {
            await File.WriteAllTextAsync(path, report);
        }

        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    private static async Task<HttpRunResult> RunOnceAsync(Options options, HttpDataset dataset, string folder)
    {
        var organization = ScaledOrganization.Build(Server.Startup.OrganizationSource.DemoFile, dataset.Agencies);
        var agencies = ScaledOrganization.CaseAgencies(organization).ToArray();
        var hr = agencies.Select(a => ScaledOrganization.Holder(organization, a, "hr")).ToArray();

        // The service's inbox query, in this process, on its own copy (the server owns its copy while it runs).
        var serviceInbox = new LatencyStats();
        var serviceCpu = new Cpu(TimeSpan.Zero);
        using var self = Process.GetCurrentProcess();
        var inboxQueries = options.InboxQueries;
        var inboxWarmup = inboxQueries == 0 ? 0 : InboxWarmup;
        await using (var server = inboxQueries == 0 ? null : await InProcessServer.StartAsync(dataset.CopyTo(Path.Combine(folder, "service"))))
        {
            var tasks = server?.Services.GetRequiredService<TaskService>();
            var people = server is null ? [] : hr.Select(server.Person).ToArray();
            for (var i = 0; i < inboxWarmup + inboxQueries; i++)
            {
                if (i == inboxWarmup)
                {
                    serviceCpu = Cpu.Of(self);
                }

                var clock = System.Diagnostics.Stopwatch.StartNew();
                var page = await tasks!.InboxAsync(people[i % people.Length], InboxScope.All, null, new PageRequest(50));
                if (!page.Succeeded || page.Value.Items.Count == 0)
                {
                    throw new InvalidOperationException("The inbox query found nothing: the data set is not what it should be.");
                }

                if (i >= inboxWarmup)
                {
                    serviceInbox.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            serviceCpu = serviceCpu.Since(self, inboxQueries);
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var (child, ready) = await ServerChild.StartAsync(dataset.CopyTo(Path.Combine(folder, "server")), address, TimeSpan.FromSeconds(120));
        await using (child)
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients * 2 };
            using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            var load = new HttpLoad(http, dataset.Password);
            var clients = new List<System.Net.Http.Headers.AuthenticationHeaderValue>();
            foreach (var person in hr.Take(options.Clients))
            {
                clients.Add(await load.SignInAsync(person.ToLowerInvariant()));
            }

            var (httpInbox, httpCpu) = await load.InboxAsync(clients, inboxQueries, inboxWarmup, child.Process);
            var measured = await CompleteAsync(options, child, load, clients);
            var latency = measured.Latency;
            return new HttpRunResult(ready.TotalMilliseconds, serviceInbox.Percentile(95), httpInbox.Percentile(95), latency.Count, measured.Errors,
                measured.PerSecond, latency.Percentile(50), latency.Percentile(95), latency.Percentile(99), measured.ServerCpuMs, measured.ClientCpuMs, Meter.LoadAverage())
            {
                ServiceInboxCpuMs = serviceCpu.Used.TotalMilliseconds,
                HttpInboxCpuMs = httpCpu.Used.TotalMilliseconds,
            };
        }
    }

    /// <summary>
    /// The completions: warm-up rounds of <see cref="Options.HttpWarmup"/> per client until the server's CPU per
    /// completion stops falling (the tiered JIT's tier-up of the request path, thousands of methods, is done; at most
    /// <see cref="Options.HttpWarmupRounds"/> rounds), then the measured phase, with the server's and this process's
    /// CPU time per completion: on a shared machine the wall clock misleads.
    /// </summary>
    private static async Task<CompletionPhase> CompleteAsync(Options options, ServerChild child, HttpLoad load, List<System.Net.Http.Headers.AuthenticationHeaderValue> clients)
    {
        var warmup = options.HttpWarmup;
        var perClient = (int)Math.Ceiling((double)options.Requests / clients.Count);
        var work = new List<(System.Net.Http.Headers.AuthenticationHeaderValue Client, List<string> Tasks)>();
        foreach (var client in clients)
        {
            work.Add((client, await load.TaskIdsAsync(client, perClient + (warmup * options.HttpWarmupRounds))));
        }

        List<(System.Net.Http.Headers.AuthenticationHeaderValue, List<string>)> Slice(int from, int count) =>
            [.. work.Select(w => (w.Client, w.Tasks.Skip(from).Take(count).ToList()))];

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  completing tasks of {work.Count} clients (server process {child.ProcessId})"));
        var best = double.MaxValue;
        var done = 0;
        for (var round = 1; round <= options.HttpWarmupRounds && warmup > 0; round++)
        {
            var cpu = child.CpuTime;
            var slice = Slice(done, warmup);
            await load.CompleteAsync(slice, 0);
            done += warmup;
            var perCompletion = (child.CpuTime - cpu).TotalMilliseconds / slice.Sum(w => w.Item2.Count);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  warm-up round {round}: {perCompletion:F2} ms server CPU per completion"));
            if (perCompletion > best * 0.9)
            {
                break;
            }

            best = Math.Min(best, perCompletion);
        }

        var measured = Slice(done, perClient);
        var count = measured.Sum(w => w.Item2.Count);
        var serverCpu = child.CpuTime;
        var clientCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var (latency, perSecond, errors) = await load.CompleteAsync(measured, 0);
        return new CompletionPhase(latency, perSecond, errors,
            (child.CpuTime - serverCpu).TotalMilliseconds / count,
            (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalMilliseconds / count);
    }

    private sealed record CompletionPhase(LatencyStats Latency, double PerSecond, int Errors, double ServerCpuMs, double ClientCpuMs);

    private static string Markdown(Options options, HttpDataset dataset, List<HttpRunResult> results)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(c, $"# HTTP benchmark: {dataset.Agencies:N0} agencies, {dataset.Tasks:N0} open tasks").AppendLine();
        s.AppendLine(c, $"Data set made in {dataset.GenerateSeconds:F0} s (cached in {dataset.Folder}); {results.Count} runs; {options.Clients} signed-in clients (bearer), ~{options.Requests:N0} counted completions per run after warm-up rounds of {options.HttpWarmup} per client until the server's CPU per completion settled; {Environment.ProcessorCount} cores.").AppendLine();
        s.AppendLine("| figure | median | runs | target |").AppendLine("|---|---:|---|---|");
        void Row(string name, Func<HttpRunResult, double> value, string format, string target) =>
            s.AppendLine(c, $"| {name} | {Median(results.Select(value)).ToString(format, c)} | {string.Join(", ", results.Select(r => value(r).ToString(format, c)))} | {target} |");
        Row("ready after start (ms)", r => r.ReadyMs, "F0", "< 5,000");
        Row("inbox p95, service (ms)", r => r.ServiceInboxP95, "F1", "< 20");
        Row("inbox p95, HTTP (ms)", r => r.HttpInboxP95, "F1", "< 20");
        Row("inbox CPU per query, service process (ms)", r => r.ServiceInboxCpuMs, "F2", "");
        Row("inbox CPU per request, server process (ms)", r => r.HttpInboxCpuMs, "F2", "");
        Row("complete, requests/s", r => r.CompletesPerSecond, "F0", "≥ 1,500");
        Row("complete p50 (ms)", r => r.CompleteP50, "F1", "");
        Row("complete p95 (ms)", r => r.CompleteP95, "F1", "");
        Row("complete p99 (ms)", r => r.CompleteP99, "F1", "< 100");
        Row("complete, server CPU per request (ms)", r => r.ServerCpuMsPerComplete, "F2", "");
        Row("complete, load generator CPU per request (ms)", r => r.ClientCpuMsPerComplete, "F2", "");
        Row("failed completions", r => r.Errors, "F0", "0");
        Row("load average (1 min)", r => r.Load, "F1", "");
        return s.ToString();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
