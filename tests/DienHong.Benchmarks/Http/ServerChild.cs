using System.Diagnostics;

namespace DienHong.Benchmarks.Http;

/// <summary>
/// The server as its own process (máy chủ chạy riêng), started by this program's <c>--child http-server</c> (the same
/// <c>ServerProgram</c> as <c>dienhong-server</c>), for the time to ready and the HTTP load.
/// </summary>
public sealed class ServerChild : IAsyncDisposable
{
    public const string Name = "http-server";

    private readonly Process process;
    private readonly Task drained;

    private ServerChild(Process process)
    {
        this.process = process;
        // Read what it prints so its pipes never fill and block it.
        drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    /// <summary>The server's process, for its CPU time.</summary>
    public Process Process => process;

    /// <summary>
    /// The server's settings for a benchmark: the data folder, the address, English lines, and no per-request log
    /// line (a console line per request would measure the console, not the server).
    /// </summary>
    public static IEnumerable<string> Settings(string dataFolder, string url) =>
    [
        // The server's name, so that it finds its static assets' manifest beside this program.
        "--applicationName=dienhong-server",
        $"--DienHong:DataFolder={dataFolder}",
        $"--urls={url}",
        "--DienHong:Language=en",
        "--Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning",
        "--Logging:LogLevel:Default=Warning",
    ];

    /// <summary>The server process's CPU time so far (user and system), to tell its cost per request on a shared machine.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The server's process id, to attach a profiler to it.</summary>
    public int ProcessId => process.Id;

    /// <summary>Starts the server on <paramref name="dataFolder"/> and returns it with the time from the process start to the first <c>/health</c> 200.</summary>
    public static async Task<(ServerChild Server, TimeSpan Ready)> StartAsync(string dataFolder, Uri address, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(ServerChild).Assembly.Location);
        start.ArgumentList.Add("--child");
        start.ArgumentList.Add(Name);
        foreach (var setting in Settings(dataFolder, address.ToString().TrimEnd('/')))
        {
            start.ArgumentList.Add(setting);
        }

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        var child = new ServerChild(Process.Start(start)!);
        while (clock.Elapsed < timeout)
        {
            if (child.process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {child.process.ExitCode} before it was ready.");
            }

            try
            {
                using var health = await probe.GetAsync("/health");
                if (health.IsSuccessStatusCode)
                {
                    return (child, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            await Task.Delay(10);
        }

        await child.DisposeAsync();
        throw new TimeoutException($"The server was not ready within {timeout}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        await drained;
        process.Dispose();
    }
}
