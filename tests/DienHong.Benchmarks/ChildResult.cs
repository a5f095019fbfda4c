using System.Text.Json;
using System.Text.Json.Serialization;

namespace DienHong.Benchmarks;

/// <summary>One child process's measurements, printed as one JSON line prefixed with <see cref="Marker"/>.</summary>
public sealed record ChildResult
{
    public const string Marker = "RESULT ";

    public required string Peer { get; init; }

    public required int N { get; init; }

    public double Seconds { get; init; }

    public double InstancesPerSecond { get; init; }

    public double CpuUsPerInstance { get; init; }

    public long PeakRssBytes { get; init; }

    public double AllocBytesPerInstance { get; init; }

    public double JitPerInstance { get; init; }

    public int Suspended { get; init; }

    public double RetainedBytesPerSuspended { get; init; }

    public double JitPerSuspended { get; init; }

    /// <summary>The machine's 1-minute load average when the measured phase ended (other work on the machine).</summary>
    public double Load { get; init; }

    /// <summary>The instances run before the measured phase (<see cref="WarmUp"/>).</summary>
    public int WarmedUp { get; init; }

    public string? Note { get; init; }

    public static JsonSerializerOptions Json { get; } = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToLine() => Marker + JsonSerializer.Serialize(this, Json);

    public static ChildResult? Parse(string line) =>
        line.StartsWith(Marker, StringComparison.Ordinal) ? JsonSerializer.Deserialize<ChildResult>(line[Marker.Length..], Json) : null;
}
