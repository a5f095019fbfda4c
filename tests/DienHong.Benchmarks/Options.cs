using System.Globalization;

namespace DienHong.Benchmarks;

/// <summary>Command-line options of the parent and of the children.</summary>
public sealed record Options
{
    public string? Child { get; init; }

    public int N { get; init; } = 10_000;

    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 10_000, 100_000];

    public IReadOnlyList<string> Peers { get; init; } = ["dienhong", "stateless", "workflowcore", "floor", "floor-group", PostgresChild.OneNode, PostgresChild.TwoNodes];

    public int Runs { get; init; } = 3;

    public int Concurrency { get; init; } = 128;

    public int Warmup { get; init; } = 2_000;

    /// <summary>At most this many warm-up rounds of <see cref="Warmup"/> instances (<see cref="WarmUp"/>).</summary>
    public int WarmupRounds { get; init; } = 20;

    public int Suspended { get; init; } = 10_000;

    public bool Breakdown { get; init; }

    public string? Out { get; init; }

    /// <summary>The PostgreSQL server of the PostgreSQL peers (a connection string); the parent starts one if not given.</summary>
    public string? Postgres { get; init; }

    /// <summary>The key file a second PostgreSQL node shares with the first.</summary>
    public string? Keys { get; init; }

    /// <summary>WorkflowCore runs at or above this size are done once only (its in-memory store scans lists).</summary>
    public int WorkflowCoreOnceFrom { get; init; } = 100_000;

    public int TimeoutSeconds { get; init; } = 900;

    /// <summary>The HTTP benchmark (<see cref="Http.HttpBenchmark"/>) instead of the peers.</summary>
    public bool Http { get; init; }

    /// <summary>The HTTP data set: agencies in the scaled organisation.</summary>
    public int Agencies { get; init; } = 1_000;

    /// <summary>The HTTP data set: open tasks (one salary-step case waiting for HR each).</summary>
    public int Tasks { get; init; } = 1_000_000;

    /// <summary>Where the HTTP data sets are kept between runs (one folder per scale).</summary>
    public string Cache { get; init; } = Path.Combine(Path.GetTempPath(), "dienhong-bench-cache");

    /// <summary>Signed-in clients completing tasks at once.</summary>
    public int Clients { get; init; } = 32;

    /// <summary>Completions counted per run (spread over the clients).</summary>
    public int Requests { get; init; } = 20_000;

    /// <summary>Completions per client in each warm-up round before the count starts.</summary>
    public int HttpWarmup { get; init; } = 50;

    /// <summary>At most this many HTTP warm-up rounds; they stop when a round's server CPU per completion falls by less than a tenth.</summary>
    public int HttpWarmupRounds { get; init; } = 10;

    /// <summary>Inbox queries timed per run, through the service and over HTTP (0: the inbox is not measured, only completions).</summary>
    public int InboxQueries { get; init; } = 300;

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : string.Empty;
            o = args[i] switch
            {
                "--child" => o with { Child = value },
                "--n" when o.Child is not null || !value.Contains(',', StringComparison.Ordinal) => o with { N = Int(value), Sizes = [Int(value)] },
                "--n" => o with { Sizes = [.. value.Split(',').Select(Int)] },
                "--peers" => o with { Peers = value.Split(',') },
                "--runs" => o with { Runs = Int(value) },
                "--concurrency" => o with { Concurrency = Int(value) },
                "--warmup" => o with { Warmup = Int(value) },
                "--warmup-rounds" => o with { WarmupRounds = Int(value) },
                "--suspended" => o with { Suspended = Int(value) },
                "--wfc-once-from" => o with { WorkflowCoreOnceFrom = Int(value) },
                "--timeout" => o with { TimeoutSeconds = Int(value) },
                "--out" => o with { Out = value },
                "--postgres" => o with { Postgres = value },
                "--keys" => o with { Keys = value },
                "--breakdown" => o with { Breakdown = true },
                "--http" => o with { Http = true },
                "--agencies" => o with { Agencies = Int(value) },
                "--tasks" => o with { Tasks = Int(value) },
                "--cache" => o with { Cache = value },
                "--clients" => o with { Clients = Int(value) },
                "--requests" => o with { Requests = Int(value) },
                "--http-warmup" => o with { HttpWarmup = Int(value) },
                "--http-warmup-rounds" => o with { HttpWarmupRounds = Int(value) },
                "--inbox-queries" => o with { InboxQueries = Int(value) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'."),
            };
            i += args[i] is "--breakdown" or "--http" ? 0 : 1;
        }

        return o;
    }

    /// <summary>The arguments that make a child of this process run one peer at one size.</summary>
    public IEnumerable<string> ChildArgs(string peer, int n) =>
    [
        "--child", peer, "--n", Str(n), "--concurrency", Str(Concurrency), "--warmup", Str(Warmup), "--warmup-rounds", Str(WarmupRounds), "--suspended", Str(Suspended),
        .. Breakdown ? new[] { "--breakdown" } : [],
        .. PostgresChild.IsPostgres(peer) ? new[] { "--postgres", Postgres! } : [],
    ];

    private static int Int(string s) => int.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
