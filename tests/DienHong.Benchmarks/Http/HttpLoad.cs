using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DienHong.Benchmarks.Http;

/// <summary>
/// The load generator (bộ tạo tải): signed-in clients, each the HR of its own agency with a bearer token, that read
/// their inbox and complete their agency's tasks over HTTP as fast as the server answers, each request awaited.
/// </summary>
public sealed class HttpLoad(HttpClient http, string password)
{
    /// <summary>A bearer token for <paramref name="userName"/>, as a script gets one.</summary>
    public async Task<AuthenticationHeaderValue> SignInAsync(string userName)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
    }

    /// <summary>The first page of the inbox (50 tasks by due date), timed one request at a time, with the <paramref name="server"/>'s CPU time per counted request.</summary>
    public async Task<(LatencyStats Latency, Cpu Cpu)> InboxAsync(IReadOnlyList<AuthenticationHeaderValue> clients, int queries, int warmup, Process server)
    {
        var stats = new LatencyStats();
        var cpu = new Cpu(TimeSpan.Zero);
        for (var i = 0; i < warmup + queries; i++)
        {
            if (i == warmup)
            {
                cpu = Cpu.Of(server);
            }

            var clock = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tasks?pageSize=50") { Headers = { Authorization = clients[i % clients.Count] } };
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            if (i >= warmup)
            {
                stats.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return (stats, cpu.Since(server, queries));
    }

    /// <summary>Up to <paramref name="count"/> open task ids of the client's inbox (its agency's HR tasks), paging through.</summary>
    public async Task<List<string>> TaskIdsAsync(AuthenticationHeaderValue client, int count)
    {
        var ids = new List<string>();
        string? after = null;
        while (ids.Count < count)
        {
            var url = "/api/v1/tasks?scope=Groups&pageSize=100" + (after is null ? string.Empty : "&after=" + Uri.EscapeDataString(after));
            using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = client } };
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
            if (!page.RootElement.TryGetProperty("next", out var next) || next.ValueKind != JsonValueKind.String)
            {
                break;
            }

            after = next.GetString();
        }

        return ids.Take(count).ToList();
    }

    /// <summary>
    /// Every client completes its tasks one after another (all clients at once); the first <paramref name="warmup"/>
    /// of each are not counted (a client with no more tasks than that takes no part). Returns the latencies, the requests per second of the counted part, and the failures.
    /// </summary>
    public async Task<(LatencyStats Latency, double PerSecond, int Errors)> CompleteAsync(IReadOnlyList<(AuthenticationHeaderValue Client, List<string> Tasks)> work, int warmup)
    {
        var stats = new LatencyStats();
        var errors = 0;
        work = [.. work.Where(w => w.Tasks.Count > warmup)];
        var waiting = work.Count;
        var counted = Stopwatch.StartNew();
        var start = new TaskCompletionSource();
        var runs = work.Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < w.Tasks.Count; i++)
            {
                if (i == warmup)
                {
                    // Everyone measures from the same moment: when the last client has warmed up.
                    if (Interlocked.Decrement(ref waiting) == 0)
                    {
                        counted.Restart();
                        start.SetResult();
                    }

                    await start.Task;
                }

                var clock = Stopwatch.StartNew();
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{w.Tasks[i]}/complete")
                {
                    Headers = { Authorization = w.Client },
                    Content = JsonContent.Create(new { outcome = "Submitted" }),
                };
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                if (i < warmup)
                {
                    continue;
                }

                stats.Add(clock.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToList();
        await Task.WhenAll(runs);
        counted.Stop();
        return (stats, stats.Count / counted.Elapsed.TotalSeconds, errors);
    }
}
