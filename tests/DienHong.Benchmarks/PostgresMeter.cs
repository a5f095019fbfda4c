using System.Globalization;
using Npgsql;

namespace DienHong.Benchmarks;

/// <summary>
/// The PostgreSQL side of a measured phase, when the server runs on this machine: the CPU time of the postmaster and
/// all its processes (backends, WAL writer, checkpointer; read from /proc, exited children included through the
/// postmaster's children's times), and the server's transactions on the database, which stand for round trips (a
/// batch without BEGIN is one implicit transaction; a group commit is one transaction over two round trips).
/// </summary>
public sealed class PostgresMeter
{
    /// <summary>Linux's USER_HZ: /proc counts CPU time in hundredths of a second.</summary>
    private const double TicksPerSecond = 100;
    private readonly string connectionString;
    private readonly int? postmaster;
    private long ticks0;
    private long transactions0;

    private PostgresMeter(string connectionString, int? postmaster)
    {
        this.connectionString = connectionString;
        this.postmaster = postmaster;
    }

    /// <summary>Finds the server's postmaster (the parent of this connection's backend) and takes the first reading.</summary>
    public static async Task<PostgresMeter> StartAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var pid = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await pid.ExecuteScalarAsync())!;
        var meter = new PostgresMeter(connectionString, Stat(backend) is { } s ? int.Parse(s[3], CultureInfo.InvariantCulture) : null);
        meter.ticks0 = meter.Ticks();
        meter.transactions0 = await meter.TransactionsAsync();
        return meter;
    }

    /// <summary>"server CPU µs/inst …, transactions/inst …" over the phase, or a note that the server is not local.</summary>
    public async Task<string> StopAsync(int n)
    {
        var ticks = Ticks() - ticks0;
        var transactions = await TransactionsAsync() - transactions0;
        var cpu = postmaster is null ? "server CPU not visible (not on this machine)" : $"server CPU µs/inst {ticks / TicksPerSecond * 1e6 / n:F0}";
        return $"{cpu}, server transactions/inst {(double)transactions / n:F2}";
    }

    private async Task<long> TransactionsAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()", connection);
        // The statistics are flushed by each backend now and then: force this backend's snapshot to be fresh.
        await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection))
        {
            await clear.ExecuteNonQueryAsync();
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private long Ticks()
    {
        if (postmaster is not { } root || Stat(root) is not { } own)
        {
            return 0;
        }

        // utime, stime, cutime, cstime of the postmaster (fields 14-17), then utime, stime of each live child.
        var total = Fields(own, 13, 4);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && pid != root && Stat(pid) is { } s && s[3] == root.ToString(CultureInfo.InvariantCulture))
            {
                total += Fields(s, 13, 2);
            }
        }

        return total;
    }

    private static long Fields(string[] stat, int from, int count) =>
        stat.Skip(from).Take(count).Sum(f => long.Parse(f, CultureInfo.InvariantCulture));

    /// <summary>/proc/pid/stat split into fields (the command name, which may hold spaces, counted as one).</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var close = text.LastIndexOf(')');
            return [text[..text.IndexOf(' ', StringComparison.Ordinal)], text[(text.IndexOf('(', StringComparison.Ordinal) + 1)..close], .. text[(close + 2)..].Split(' ')];
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
