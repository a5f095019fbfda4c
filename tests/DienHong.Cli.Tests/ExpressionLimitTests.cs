using System.Diagnostics;
using System.Text.Json;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// A runaway expression in a definition ends its instance as an incident that names the limit it hit, and the
/// command line exits normally. The command line runs as a real process here: a stack overflow or an
/// out-of-memory kill would show as its exit code.
/// </summary>
public sealed class ExpressionLimitTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Theory]
    [InlineData("stack", "=(function(){ const o = { valueOf() { return o + 1; } }; return o + 1; })()", "recursed or nested deeper than 256 KB of stack (stack limit)")]
    [InlineData("memory", "='x'.repeat(1e9).length > 0", "String.prototype.repeat: a string of 1000000000 characters, more than the 1000000 allowed (memory limit)")]
    [InlineData("time", "=/(a+)+$/.test('a'.repeat(32) + '!')", "stopped after 100 ms (time limit)")]
    public async Task A_runaway_expression_ends_the_instance_as_an_incident_and_the_process_exits_normally(string limit, string condition, string reason)
    {
        var scenario = Scenario(limit, condition);

        var (exit, output, error) = await RunProcessAsync("--lang", "en", "simulate", scenario, "--json");

        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("status").GetString().ShouldBe("Faulted");
        var last = json.RootElement.GetProperty("journal").EnumerateArray().Last();
        last.GetProperty("event").GetString().ShouldBe("InstanceFaulted");
        last.GetProperty("node").GetString().ShouldBe("check");
        var failure = last.GetProperty("data");
        failure.GetProperty("code").GetString().ShouldBe("expression.failed");
        failure.GetProperty("args").EnumerateArray().Select(a => a.GetString()).ShouldBe([condition, reason]);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>start → check (a Decision on <paramref name="condition"/>) → End.</summary>
    private string Scenario(string name, string condition)
    {
        temp.Write($"{name}.workflow.json", $$"""
            {
              "key": "runaway-{{name}}",
              "version": 1,
              "name": { "vi": "Biểu thức vượt giới hạn", "en": "Runaway expression" },
              "nodes": [
                { "id": "start", "type": "Start" },
                { "id": "check", "type": "Decision", "condition": {{JsonSerializer.Serialize(condition)}} },
                { "id": "yes", "type": "End", "outcome": "Yes" },
                { "id": "no", "type": "End", "outcome": "No" }
              ],
              "edges": [
                { "from": "start", "to": "check" },
                { "from": "check", "outcome": "True", "to": "yes" },
                { "from": "check", "outcome": "False", "to": "no" }
              ]
            }
            """);
        return temp.Write($"{name}.scenario.json", $$"""
            {
              "workflow": "{{name}}.workflow.json",
              "start": "2027-02-01T08:00:00+07:00",
              "steps": [ { "expect": { "status": "Faulted" } } ]
            }
            """);
    }

    private static async Task<(int Exit, string Output, string Error)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dienhong.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(patience.Token);
        return (process.ExitCode, await output, await error);
    }
}
