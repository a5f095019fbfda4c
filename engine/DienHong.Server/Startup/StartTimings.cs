using System.Diagnostics;
using System.Globalization;

namespace DienHong.Server.Startup;

/// <summary>
/// The start's phase times (thời gian các bước khởi động), a debug switch (<c>DienHong:StartTimings=true</c>): one
/// line on the error output per phase with the wall time and the process's CPU time since the process started, so a
/// slow start is measured on a busy machine too (where only the CPU time says what the start itself costs).
/// </summary>
public sealed class StartTimings(TextWriter? writer)
{
    public const string Key = "DienHong:StartTimings";

    private readonly DateTime processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private readonly Lock gate = new();

    /// <summary>Off: marks cost nothing.</summary>
    public static StartTimings Off { get; } = new(null);

    public bool Enabled => writer is not null;

    public static StartTimings From(IConfiguration configuration) =>
        configuration.GetValue<bool>(Key) ? new StartTimings(Console.Error) : Off;

    /// <summary>Writes that <paramref name="phase"/> has ended.</summary>
    public void Mark(string phase)
    {
        if (writer is null)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var wall = DateTime.UtcNow - processStart;
        var cpu = process.TotalProcessorTime;
        lock (gate)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-timing {phase,-28} wall {wall.TotalMilliseconds,7:F0} ms  cpu {cpu.TotalMilliseconds,7:F0} ms"));
            writer.Flush();
        }
    }
}
