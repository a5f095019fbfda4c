namespace DienHong.Server.Testing;

/// <summary>
/// A server clock for a test that walks a case through weeks (đồng hồ dời ngày): real time, moved to
/// <paramref name="start"/> and moved on by <see cref="Advance"/>. It keeps ticking, so whatever waits for time to
/// pass (a debounce, a commit's batch window) still does.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private long offset = (start - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offset));

    /// <summary>Moves the clock on by <paramref name="by"/>: the days a posting stays up pass at once.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref offset, by.Ticks);
}
