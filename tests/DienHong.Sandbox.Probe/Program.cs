using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Expressions;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Activities.Liquid;

namespace DienHong.Sandbox.Probe;

/// <summary>
/// Test-only program: evaluates one expression (or renders one Liquid template) in the sandbox and prints the
/// outcome as one JSON line. The sandbox tests run their dangerous probes through it, in a child process, so a
/// probe that takes the process down fails its own test with the exit code instead of ending the test run.
/// </summary>
public static class Program
{
    // Probes send variables nested far deeper than JSON's usual 64 levels.
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerOptions.Web) { MaxDepth = 100_000 };

    public static int Main()
    {
        var request = JsonSerializer.Deserialize<ProbeRequest>(Console.In.ReadToEnd(), ReadOptions)
            ?? throw new InvalidOperationException("No probe request on standard input.");

        // The engine evaluates on thread-pool threads (1.5 MB of stack on Linux), not on the main thread (8 MB).
        var outcome = Task.Run(() => Run(request)).GetAwaiter().GetResult();
        Console.Out.WriteLine(outcome.ToJsonString());
        return 0;
    }

    private static JsonObject Run(ProbeRequest request)
    {
        try
        {
            return new JsonObject { ["ok"] = true, ["value"] = request.Kind == "liquid" ? Render(request) : Evaluate(request) };
        }
        catch (Exception e) when (e is ExpressionException or ExpressionSyntaxException or LiquidException or TemplateRenderException or InvalidOperationException or ArgumentException)
        {
            return new JsonObject { ["ok"] = false, ["message"] = e.Message };
        }
    }

    private static JsonNode? Evaluate(ProbeRequest request)
    {
        var limits = new ExpressionLimits();
        if (request.TimeoutMs is { } timeout)
        {
            limits = limits with { Timeout = TimeSpan.FromMilliseconds(timeout) };
        }

        var sandbox = new ExpressionSandbox(limits);
        return sandbox.Evaluate(ExpressionCompiler.Compile(request.Source), new ExpressionScope(request.Vars ?? [], null, DateTimeOffset.UnixEpoch));
    }

    private static JsonNode? Render(ProbeRequest request)
    {
        if (!NotifyTemplates.TryParse(request.Source, out var template, out var error))
        {
            throw new LiquidException(error ?? "the template does not parse");
        }

        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["vars"] = request.Vars ?? [] };
        var limits = request.TimeoutMs is { } timeout ? TemplateLimits.Default with { Timeout = TimeSpan.FromMilliseconds(timeout) } : null;
        return NotifyTemplates.Render(template!, values, DateTimeOffset.UnixEpoch, limits: limits);
    }
}
