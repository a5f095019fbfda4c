using System.Diagnostics.Metrics;

namespace DienHong.Persistence.Sqlite;

/// <summary>The SQLite store's group-commit metric, on the engine's meter name so one listener sees the whole engine.</summary>
internal static class StoreMetrics
{
    private static readonly Meter Meter = new("DienHong.Engine");

    public static readonly Histogram<int> CommitBatchSize = Meter.CreateHistogram<int>("dienhong.commit.batch_size", "{run}", "Runs that shared one transaction (group commit).");
}
