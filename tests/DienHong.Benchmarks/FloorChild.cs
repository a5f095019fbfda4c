using DienHong.Persistence.Sqlite;

namespace DienHong.Benchmarks;

/// <summary>
/// The raw SQLite floor: the engine's schema (its own migrations), WAL, synchronous=NORMAL, and per engine call the
/// same statements by plain SQL. <c>floor</c> commits each call in its own transaction, one call after another;
/// <c>floor-group</c> keeps as many instances in flight as the engine run does and commits the next call of every
/// one of them (up to 256) in one shared transaction, as the engine's group commit does (without its savepoints).
/// </summary>
public static class FloorChild
{
    private const int MaxBatch = 256;

    public static async Task<ChildResult> RunAsync(Options options, bool grouped)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dienhong-bench", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "floor.db"));
        try
        {
            await database.MigrateAsync();
            using var connection = database.Open();
            using var sql = new FloorSql(connection);
            var peer = grouped ? "floor-group" : "floor";
            var warmedUp = await WarmUp.RunAsync(options, n =>
            {
                Run(sql, n, 3, grouped, options.Concurrency);
                return Task.CompletedTask;
            });
            var meter = new Meter(warmedUp);
            Run(sql, options.N, 3, grouped, options.Concurrency);
            var result = meter.Stop(peer, options.N);
            return await Meter.RetainedAsync(result, options.Suspended, m =>
            {
                Run(sql, m, 1, grouped, options.Concurrency);
                return Task.CompletedTask;
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder.
            }
        }
    }

    /// <summary>Runs <paramref name="n"/> instances through their first <paramref name="calls"/> calls.</summary>
    private static void Run(FloorSql sql, int n, int calls, bool grouped, int concurrency)
    {
        if (!grouped)
        {
            for (var i = 0; i < n; i++)
            {
                string? id = null;
                for (var stage = 0; stage < calls; stage++)
                {
                    sql.Begin();
                    id = sql.Call(id, stage);
                    sql.Commit();
                }
            }

            return;
        }

        var width = Math.Min(Math.Min(concurrency, MaxBatch), Math.Max(1, n));
        var ids = new string?[width];
        var stages = new int[width];
        var active = new bool[width];
        var begun = 0;
        for (var s = 0; s < width; s++)
        {
            active[s] = begun++ < n;
        }

        while (active.Any(a => a))
        {
            sql.Begin();
            for (var s = 0; s < width; s++)
            {
                if (active[s])
                {
                    ids[s] = sql.Call(ids[s], stages[s]);
                }
            }

            sql.Commit();
            for (var s = 0; s < width; s++)
            {
                if (active[s] && ++stages[s] == calls)
                {
                    (ids[s], stages[s], active[s]) = (null, 0, begun++ < n);
                }
            }
        }
    }
}
