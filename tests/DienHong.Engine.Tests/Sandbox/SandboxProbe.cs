using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DienHong.Engine.Tests.Sandbox;

/// <summary>
/// Runs one probe in a child process (the DienHong.Sandbox.Probe program): a probe that takes the process down
/// (a stack overflow, an out-of-memory kill) then fails its own test, with the exit code, instead of the test run.
/// </summary>
public static class SandboxProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Evaluates <paramref name="expression"/>; <paramref name="timeoutMs"/> replaces the default time limit.</summary>
    public static Task<ProbeResult> ExpressionAsync(string expression, double? timeoutMs = null, JsonObject? vars = null) =>
        RunAsync(new JsonObject { ["kind"] = "js", ["source"] = expression, ["timeoutMs"] = timeoutMs, ["vars"] = vars });

    public static Task<ProbeResult> TemplateAsync(string template, JsonObject? vars = null, double? timeoutMs = null) =>
        RunAsync(new JsonObject { ["kind"] = "liquid", ["source"] = template, ["vars"] = vars, ["timeoutMs"] = timeoutMs });

    private static async Task<ProbeResult> RunAsync(JsonObject request)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DienHong.Sandbox.Probe.dll"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(request.ToJsonString(new JsonSerializerOptions { MaxDepth = 100_000 }));
        process.StandardInput.Close();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new ProbeResult(-1, null, $"the probe was still running after {Patience.TotalMinutes} minutes");
        }

        var line = (await output).Trim();
        var stderr = await error;
        return new ProbeResult(process.ExitCode, line.Length > 0 ? JsonNode.Parse(line)!.AsObject() : null, stderr.Length > 2000 ? stderr[..2000] : stderr);
    }
}
