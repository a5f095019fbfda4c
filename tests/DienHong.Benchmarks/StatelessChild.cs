using System.Globalization;
using Microsoft.Data.Sqlite;
using Stateless;

namespace DienHong.Benchmarks;

/// <summary>
/// What a team would hand-write instead of a workflow engine: a Stateless 5.20 state machine for the salary case,
/// one row per instance in its own SQLite table (WAL, <c>synchronous=NORMAL</c>), and one transaction per stimulus
/// (read the row, fire the trigger, write the row back with a row-version check). No journal, no deadlines, no
/// bookmarks: only the case's state. Stimuli run one after another on one connection, the fastest way SQLite allows
/// for independent transactions.
/// </summary>
public static class StatelessChild
{
    private const string Peer = "stateless";

    public static async Task<ChildResult> RunAsync(Options options)
    {
        var folder = Directory.CreateTempSubdirectory("dienhong-bench-");
        try
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.FullName, "stateless.db")};Pooling=False");
            connection.Open();
            using var store = new CaseTable(connection);
            var warmedUp = await WarmUp.RunAsync(options, n =>
            {
                Run(store, n);
                return Task.CompletedTask;
            });
            var meter = new Meter(warmedUp);
            Run(store, options.N);
            var result = meter.Stop(Peer, options.N);
            return await Meter.RetainedAsync(result, options.Suspended, m =>
            {
                for (var i = 0; i < m; i++)
                {
                    store.Stimulus(null, null);
                }

                return Task.CompletedTask;
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Run(CaseTable store, int n)
    {
        for (var i = 0; i < n; i++)
        {
            var id = store.Stimulus(null, null);
            store.Stimulus(id, Trigger.UnionApproves);
            store.Stimulus(id, Trigger.HeadApproves);
        }
    }

    /// <summary>The salary case's states.</summary>
    private enum State
    {
        UnionReview,
        HeadDecision,
        Published,
        Rejected,
    }

    /// <summary>The stimuli people send.</summary>
    private enum Trigger
    {
        UnionApproves,
        UnionRejects,
        HeadApproves,
        HeadRejects,
    }

    /// <summary>The table of cases and the machine wired to one row.</summary>
    private sealed class CaseTable : IDisposable
    {
        private readonly SqliteCommand begin, commit, insert, select, update;

        public CaseTable(SqliteConnection connection)
        {
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = """
                    PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
                    CREATE TABLE salary_cases (id TEXT PRIMARY KEY, state TEXT NOT NULL, row_version INTEGER NOT NULL, updated_at INTEGER NOT NULL);
                    """;
                pragmas.ExecuteNonQuery();
            }

            begin = Prepare(connection, "BEGIN IMMEDIATE");
            commit = Prepare(connection, "COMMIT");
            insert = Prepare(connection, "INSERT INTO salary_cases (id, state, row_version, updated_at) VALUES (@p0, @p1, 1, @p2)", "@p0", "@p1", "@p2");
            select = Prepare(connection, "SELECT state, row_version FROM salary_cases WHERE id = @p0", "@p0");
            update = Prepare(connection, "UPDATE salary_cases SET state = @p1, row_version = row_version + 1, updated_at = @p2 WHERE id = @p0 AND row_version = @p3", "@p0", "@p1", "@p2", "@p3");
        }

        /// <summary>Starts a case (<paramref name="id"/> null) or fires <paramref name="trigger"/> on it, in one transaction.</summary>
        public string Stimulus(string? id, Trigger? trigger)
        {
            begin.ExecuteNonQuery();
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            if (id is null)
            {
                id = Guid.CreateVersion7().ToString("N");
                Exec(insert, id, nameof(State.UnionReview), now);
            }
            else
            {
                var (state, version) = Read(id);
                var machine = Machine(() => state, s => state = s);
                machine.Fire(trigger!.Value);
                if (Exec(update, id, state.ToString(), now, version) != 1)
                {
                    throw new InvalidOperationException($"Case {id} changed under the stimulus.");
                }
            }

            commit.ExecuteNonQuery();
            return id;
        }

        public void Dispose()
        {
            foreach (var c in new[] { begin, commit, insert, select, update })
            {
                c.Dispose();
            }
        }

        private static StateMachine<State, Trigger> Machine(Func<State> read, Action<State> write)
        {
            var machine = new StateMachine<State, Trigger>(read, write);
            machine.Configure(State.UnionReview).Permit(Trigger.UnionApproves, State.HeadDecision).Permit(Trigger.UnionRejects, State.Rejected);
            machine.Configure(State.HeadDecision).Permit(Trigger.HeadApproves, State.Published).Permit(Trigger.HeadRejects, State.Rejected);
            return machine;
        }

        private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            return command;
        }

        private static int Exec(SqliteCommand command, params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            return command.ExecuteNonQuery();
        }

        private (State State, long Version) Read(string id)
        {
            select.Parameters[0].Value = id;
            using var reader = select.ExecuteReader();
            if (!reader.Read())
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No case {id}."));
            }

            return (Enum.Parse<State>(reader.GetString(0)), reader.GetInt64(1));
        }
    }
}
