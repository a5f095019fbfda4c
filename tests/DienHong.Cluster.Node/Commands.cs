using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;

namespace DienHong.Cluster.Node;

/// <summary>
/// The node's commands, one per line, each answered with its tag first; up to 32 run at once.
/// <c>start &lt;tag&gt; &lt;key&gt; &lt;input json&gt;</c> answers <c>&lt;tag&gt; &lt;status&gt; &lt;instance&gt; &lt;open bookmark ids, comma-separated&gt;</c>;
/// <c>resume &lt;tag&gt; &lt;bookmark&gt; &lt;instance&gt; &lt;actor&gt; &lt;outcome&gt;</c> answers <c>&lt;tag&gt; &lt;status&gt;</c>.
/// </summary>
public sealed class Commands(WorkflowEngine engine, TextWriter output) : IDisposable
{
    private readonly SemaphoreSlim inFlight = new(32);
    private readonly Lock gate = new();

    public async Task RunAsync(TextReader input)
    {
        var running = new List<Task>();
        while (await input.ReadLineAsync() is { } line)
        {
            await inFlight.WaitAsync();
            running.Add(Task.Run(async () =>
            {
                try
                {
                    Answer(await RunOneAsync(line.Split(' ', 5)));
                }
                finally
                {
                    inFlight.Release();
                }
            }));
        }

        await Task.WhenAll(running);
    }

    public void Dispose() => inFlight.Dispose();

    private async Task<string> RunOneAsync(string[] words)
    {
        try
        {
            switch (words[0])
            {
                case "start":
                    var started = await engine.StartAsync(new StartRequest { DefinitionKey = words[2], Input = JsonNode.Parse(words[3])!.AsObject(), Actor = "clerk" });
                    return $"{words[1]} {started.Status} {started.InstanceId} {string.Join(',', started.OpenBookmarks.Select(b => b.Id))}";
                case "resume":
                    var resumed = await engine.ResumeAsync(words[2], new ResumeInput(words[4].Split(' ')[0], words[4].Split(' ')[1]), words[3]);
                    return $"{words[1]} {resumed.Status}";
                default:
                    return $"{words[1]} Unknown";
            }
        }
        catch (Exception e)
        {
            return $"{words[1]} Error {e.GetType().Name}: {e.GetBaseException().Message.ReplaceLineEndings(" ")}";
        }
    }

    private void Answer(string line)
    {
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
