namespace DienHong.Benchmarks;

/// <summary>Placeholder.</summary>
public static class FloorChild
{
    public static Task<ChildResult> RunAsync(Options options, bool grouped) => throw new NotImplementedException($"{options.N} {grouped}");
}
