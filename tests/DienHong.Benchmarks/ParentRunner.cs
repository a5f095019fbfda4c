using System.Diagnostics;
using System.Globalization;
using DienHong.Testing;

namespace DienHong.Benchmarks;

/// <summary>Runs every peer at every size in its own child process, several times, and reports the medians.</summary>
public static class ParentRunner
{
    public static async Task<int> RunAsync(Options options)
    {
        // The PostgreSQL peers need a server: the one given (--postgres or DIENHONG_TEST_POSTGRES), else a private one.
        await using var postgres = new PostgresServerScope();
        var notes = new List<string>();
        if (options.Peers.Any(PostgresChild.IsPostgres) && options.Postgres is null)
        {
            if (await postgres.StartAsync() is { } server)
            {
                options = options with { Postgres = server };
            }
            else
            {
                notes.Add($"PostgreSQL peers not run: {TestServices.PostgresMissing}");
                options = options with { Peers = [.. options.Peers.Where(p => !PostgresChild.IsPostgres(p))] };
            }
        }

        var self = typeof(ParentRunner).Assembly.Location;
        var results = new List<ChildResult>();
        foreach (var n in options.Sizes)
        {
            foreach (var peer in options.Peers)
            {
                var runs = peer == "workflowcore" && n >= options.WorkflowCoreOnceFrom ? 1 : options.Runs;
                if (runs < options.Runs)
                {
                    notes.Add($"workflowcore at N = {n:N0}: {runs} run only (its in-memory store scans lists; a run takes minutes).");
                }

                for (var run = 0; run < runs; run++)
                {
                    var (result, error) = await RunChildAsync(self, options, peer, n);
                    if (result is null)
                    {
                        notes.Add($"{peer} at N = {n:N0}, run {run + 1}: {error}");
                        await Console.Error.WriteLineAsync($"{peer} N={n} run {run + 1}: FAILED {error}");
                        break;
                    }

                    await Console.Error.WriteLineAsync($"{peer} N={n} run {run + 1}: {result.InstancesPerSecond:F0}/s, {result.CpuUsPerInstance:F0} µs CPU, rss {result.PeakRssBytes / 1048576.0:F0} MiB, after {result.WarmedUp} warm-up instances {result.Note}");
                    results.Add(result);
                }
            }
        }

        var report = Report.Markdown(options, results, notes);
        Console.WriteLine(report);
        if (options.Out is { } path)
        {
            await File.WriteAllTextAsync(path, report);
        }

        return 0;
    }

    private static async Task<(ChildResult? Result, string? Error)> RunChildAsync(string self, Options options, string peer, int n)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(self);
        foreach (var a in options.ChildArgs(peer, n))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (null, string.Create(CultureInfo.InvariantCulture, $"timed out after {options.TimeoutSeconds} s"));
        }

        var lines = (await stdout).Split('\n');
        var result = lines.Select(l => ChildResult.Parse(l.Trim())).LastOrDefault(r => r is not null);
        return result is not null ? (result, null) : (null, $"exit {process.ExitCode}: {Last(await stderr)}");
    }

    private static string Last(string text) => text.Length <= 600 ? text : text[^600..];
}
