using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace DienHong.Cluster.Tests;

/// <summary>
/// An engine node in a process of its own (DienHong.Cluster.Node) on PostgreSQL with Hangfire on PostgreSQL, driven by
/// command lines; an answer is the node's acknowledgement that the call returned, i.e. that its commit is durable.
/// <see cref="Kill"/> ends it with SIGKILL: no shutdown code runs, its connections just drop.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    /// <summary>How soon Hangfire runs elsewhere a job a dead node had fetched (its default is 30 minutes).</summary>
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How old a Hangfire lock left by a dead node must be before it is cleared (its default is 10 minutes).</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string[]>> pending = new();
    private readonly Lock writeGate = new();
    private Task reader = Task.CompletedTask;
    private int tags;

    private NodeProcess(Process process, string name)
    {
        this.process = process;
        Name = name;
    }

    public string Name { get; }

    public bool HasExited => process.HasExited;

    public static async Task<NodeProcess> StartAsync(string name, string connectionString, string keyFile, string hangfireSchema)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Its own pools (the store's and Hangfire's) sized for the load the tests drive.
        connectionString = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 40 }.ConnectionString;
        foreach (var a in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "DienHong.Cluster.Node.dll"), "--Database:Provider=PostgreSQL",
            $"--Database:ConnectionString={connectionString}", $"--Database:KeyFile={keyFile}", $"--Database:HangfireSchema={hangfireSchema}",
            $"--Database:HangfireInvisibilityTimeout={InvisibilityTimeout.ToString("c", CultureInfo.InvariantCulture)}",
            $"--Database:HangfireLockTimeout={LockTimeout.ToString("c", CultureInfo.InvariantCulture)}", $"--Node={name}",
        })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The node did not start.");
        var node = new NodeProcess(process, name);
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "READY")
            {
                node.reader = node.ReadAnswersAsync();
                return node;
            }
        }

        throw new InvalidOperationException($"Node {name} ended before it was ready: {await errors}");
    }

    /// <summary>Sends <c>verb args</c> and returns the answer's words after the tag; fails if the node dies first.</summary>
    public Task<string[]> SendAsync(string verb, string arguments)
    {
        var tag = Interlocked.Increment(ref tags).ToString(CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<string[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[tag] = answer;
        try
        {
            lock (writeGate)
            {
                process.StandardInput.WriteLine($"{verb} {tag} {arguments}");
                process.StandardInput.Flush();
            }
        }
        catch (IOException e)
        {
            pending.TryRemove(tag, out _);
            answer.TrySetException(e);
        }

        return answer.Task;
    }

    /// <summary>SIGKILL, and waits until the process is gone.</summary>
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // End of input: the node finishes its commands and stops its job server.
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }

        await reader;
        process.Dispose();
    }

    private async Task ReadAnswersAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            var words = line.Split(' ');
            if (pending.TryRemove(words[0], out var answer))
            {
                answer.TrySetResult(words[1..]);
            }
        }

        foreach (var tag in pending.Keys)
        {
            if (pending.TryRemove(tag, out var answer))
            {
                answer.TrySetException(new IOException($"Node {Name} ended before it answered."));
            }
        }
    }
}
