using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// The statements of a group commit (lô ghi), each one statement for the whole group whatever its size, with the
/// rows passed as arrays and spread by <c>unnest</c>. The instance rows go first (<see cref="Claim"/>): an update only
/// where the row version is still the expected one, an insert only where neither the id nor the correlation key is
/// taken, each returning the ids it wrote, so a conflicting run is known before anything else of it is written.
/// </summary>
internal static class RunBatch
{
    private const string Insert =
        $"INSERT INTO instances ({RowReader.InstanceColumns}, seal) SELECT * FROM unnest(@id::text[], @definition_id::text[], @definition_key::text[], @definition_version::int[], @status::text[], @outcome::text[], @correlation_key::text[], @agency::text[], @variables::text[], @state::text[], @journal_seq::bigint[], @journal_hash::text[], @row_version::bigint[], @created_at::bigint[], @updated_at::bigint[], @completed_at::bigint[], @seal::bytea[]) ON CONFLICT DO NOTHING RETURNING id";

    private const string Update =
        "UPDATE instances AS i SET status = v.status, outcome = v.outcome, variables = v.variables, state = v.state, journal_seq = v.journal_seq, journal_hash = v.journal_hash, row_version = v.row_version, updated_at = v.updated_at, completed_at = v.completed_at, seal = v.seal " +
        "FROM unnest(@id::text[], @status::text[], @outcome::text[], @variables::text[], @state::text[], @journal_seq::bigint[], @journal_hash::text[], @row_version::bigint[], @updated_at::bigint[], @completed_at::bigint[], @seal::bytea[], @expected::bigint[]) " +
        "AS v(id, status, outcome, variables, state, journal_seq, journal_hash, row_version, updated_at, completed_at, seal, expected) WHERE i.id = v.id AND i.row_version = v.expected RETURNING i.id";

    /// <summary>
    /// The group's statements are planned for their own arrays. Prepared (auto-prepare), they would otherwise get a
    /// generic plan once the server thinks it no worse, made on the table sizes of that moment and kept for the
    /// writer's connection: prepared on a young database, the instance update kept joining by a sequential scan of
    /// every instance (2-17 ms a group at 10,000 instances, growing with the table). Planning per group costs a few
    /// tens of microseconds, shared by the group's runs.
    /// </summary>
    public const string CustomPlans = "SET LOCAL plan_cache_mode = force_custom_plan";

    /// <summary>The integrity record, locked until the commit: the count of created instances is read, sealed and written back.</summary>
    public const string LockIntegrity = "SELECT key_id, instances_created, seal FROM integrity WHERE id = 1 FOR UPDATE";

    public const string WriteIntegrity = "UPDATE integrity SET instances_created = @count, seal = @seal WHERE id = 1";

    /// <summary>The instance rows of the runs: new ones inserted, the others updated under their row version.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Claim(IReadOnlyList<(RunChanges Changes, byte[] Seal)> runs)
    {
        var added = runs.Where(r => r.Changes.IsNew).ToList();
        if (added.Count > 0)
        {
            var i = added.Select(r => r.Changes.Instance).ToList();
            yield return With(Insert,
                ("id", i.Select(x => x.Id).ToArray()), ("definition_id", i.Select(x => x.DefinitionId).ToArray()),
                ("definition_key", i.Select(x => x.DefinitionKey).ToArray()), ("definition_version", i.Select(x => x.DefinitionVersion).ToArray()),
                ("status", i.Select(x => x.Status.ToString()).ToArray()), ("outcome", i.Select(x => x.Outcome).ToArray()),
                ("correlation_key", i.Select(x => x.CorrelationKey).ToArray()), ("agency", i.Select(x => x.Agency).ToArray()),
                ("variables", i.Select(x => x.Variables).ToArray()), ("state", i.Select(x => x.State).ToArray()),
                ("journal_seq", i.Select(x => x.JournalSeq).ToArray()), ("journal_hash", i.Select(x => x.JournalHash).ToArray()),
                ("row_version", i.Select(x => x.RowVersion).ToArray()), ("created_at", i.Select(x => x.CreatedAt.ToUnixTimeMilliseconds()).ToArray()),
                ("updated_at", i.Select(x => x.UpdatedAt.ToUnixTimeMilliseconds()).ToArray()), ("completed_at", i.Select(x => PostgresRows.Ms(x.CompletedAt)).ToArray()),
                ("seal", added.Select(r => r.Seal).ToArray()));
        }

        // Sorted by id, so two nodes' groups lock the rows they share in the same order.
        var changed = runs.Where(r => !r.Changes.IsNew).OrderBy(r => r.Changes.Instance.Id, StringComparer.Ordinal).ToList();
        if (changed.Count > 0)
        {
            var u = changed.Select(r => r.Changes.Instance).ToList();
            yield return With(Update,
                ("id", u.Select(x => x.Id).ToArray()), ("status", u.Select(x => x.Status.ToString()).ToArray()), ("outcome", u.Select(x => x.Outcome).ToArray()),
                ("variables", u.Select(x => x.Variables).ToArray()), ("state", u.Select(x => x.State).ToArray()),
                ("journal_seq", u.Select(x => x.JournalSeq).ToArray()), ("journal_hash", u.Select(x => x.JournalHash).ToArray()),
                ("row_version", u.Select(x => x.RowVersion).ToArray()), ("updated_at", u.Select(x => x.UpdatedAt.ToUnixTimeMilliseconds()).ToArray()),
                ("completed_at", u.Select(x => PostgresRows.Ms(x.CompletedAt)).ToArray()), ("seal", changed.Select(r => r.Seal).ToArray()),
                ("expected", changed.Select(r => r.Changes.ExpectedRowVersion).ToArray()));
        }
    }

    /// <summary>
    /// Taken before journal entries are added and held to COMMIT (a transaction lock), so the journal's positions are
    /// handed out in commit order across nodes (<see cref="PostgresJournalReader"/>). Its two-key form cannot meet the
    /// one-key instance locks.
    /// </summary>
    public const string JournalOrder = "SELECT pg_advisory_xact_lock(1147693634, 1)";

    /// <summary>The rest of the runs that claimed their instance row: bookmarks closed, changed and opened, journal entries, incidents.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Rest(IReadOnlyList<RunChanges> runs)
    {
        var removed = runs.SelectMany(r => r.RemovedBookmarks).Select(b => b.Id).ToArray();
        if (removed.Length > 0)
        {
            yield return With("DELETE FROM bookmarks WHERE id = ANY(@id)", ("id", removed));
        }

        var updated = runs.SelectMany(r => r.UpdatedBookmarks).ToList();
        if (updated.Count > 0)
        {
            yield return With(
                "UPDATE bookmarks AS b SET assignee = v.assignee, due_at = v.due_at, wake_at = v.wake_at, job_id = v.job_id, payload = v.payload " +
                "FROM unnest(@id::text[], @assignee::text[], @due_at::bigint[], @wake_at::bigint[], @job_id::text[], @payload::text[]) AS v(id, assignee, due_at, wake_at, job_id, payload) WHERE b.id = v.id",
                ("id", updated.Select(b => b.Id).ToArray()), ("assignee", updated.Select(b => b.Assignee).ToArray()),
                ("due_at", updated.Select(b => PostgresRows.Ms(b.DueAt)).ToArray()), ("wake_at", updated.Select(b => PostgresRows.Ms(b.WakeAt)).ToArray()),
                ("job_id", updated.Select(b => b.JobId).ToArray()), ("payload", updated.Select(b => b.Payload).ToArray()));
        }

        var added = runs.SelectMany(r => r.AddedBookmarks.Select(b => (Bookmark: b, r.Instance.Agency))).ToList();
        if (added.Count > 0)
        {
            yield return Bookmarks(added);
        }

        var journal = runs.SelectMany(r => r.Journal).ToList();
        if (journal.Count > 0)
        {
            yield return new NpgsqlBatchCommand(JournalOrder);
            yield return Journal(journal);
        }

        var incidents = runs.SelectMany(r => r.Incidents).ToList();
        if (incidents.Count > 0)
        {
            yield return With(
                "INSERT INTO incidents (id, instance_id, node_id, message, at, code, exception_type, stack_trace) SELECT * FROM unnest(@id::text[], @instance_id::text[], @node_id::text[], @message::text[], @at::bigint[], @code::text[], @exception_type::text[], @stack_trace::text[])",
                ("id", incidents.Select(x => x.Id).ToArray()), ("instance_id", incidents.Select(x => x.InstanceId).ToArray()),
                ("node_id", incidents.Select(x => x.NodeId).ToArray()), ("message", incidents.Select(x => x.Message).ToArray()),
                ("at", incidents.Select(x => x.At.ToUnixTimeMilliseconds()).ToArray()), ("code", incidents.Select(x => x.Code).ToArray()),
                ("exception_type", incidents.Select(x => x.ExceptionType).ToArray()), ("stack_trace", incidents.Select(x => x.StackTrace).ToArray()));
        }
    }

    /// <summary>Inserts bookmark rows, each with its instance's agency (for the inbox's index).</summary>
    public static NpgsqlBatchCommand Bookmarks(IReadOnlyList<(BookmarkRecord Bookmark, string? Agency)> rows)
    {
        var b = rows.Select(r => r.Bookmark).ToList();
        return With(
            $"INSERT INTO bookmarks ({RowReader.BookmarkColumns}, agency) SELECT * FROM unnest(@id::text[], @instance_id::text[], @node_id::text[], @node_instance_id::text[], @kind::text[], @key::text[], @assignee::text[], @due_at::bigint[], @wake_at::bigint[], @job_id::text[], @payload::text[], @created_at::bigint[], @agency::text[])",
            ("id", b.Select(x => x.Id).ToArray()), ("instance_id", b.Select(x => x.InstanceId).ToArray()), ("node_id", b.Select(x => x.NodeId).ToArray()),
            ("node_instance_id", b.Select(x => x.NodeInstanceId).ToArray()), ("kind", b.Select(x => x.Kind.ToString()).ToArray()),
            ("key", b.Select(x => x.Key).ToArray()), ("assignee", b.Select(x => x.Assignee).ToArray()), ("due_at", b.Select(x => PostgresRows.Ms(x.DueAt)).ToArray()),
            ("wake_at", b.Select(x => PostgresRows.Ms(x.WakeAt)).ToArray()), ("job_id", b.Select(x => x.JobId).ToArray()),
            ("payload", b.Select(x => x.Payload).ToArray()), ("created_at", b.Select(x => x.CreatedAt.ToUnixTimeMilliseconds()).ToArray()),
            ("agency", rows.Select(r => r.Agency).ToArray()));
    }

    /// <summary>Inserts journal entries.</summary>
    public static NpgsqlBatchCommand Journal(IReadOnlyList<JournalEntry> j) => With(
        "INSERT INTO journal (instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash) SELECT * FROM unnest(@instance_id::text[], @seq::bigint[], @at::bigint[], @node_id::text[], @event::text[], @actor::text[], @outcome::text[], @comment::text[], @data::text[], @hash::text[])",
        ("instance_id", j.Select(x => x.InstanceId).ToArray()), ("seq", j.Select(x => x.Seq).ToArray()), ("at", j.Select(x => x.At.ToUnixTimeMilliseconds()).ToArray()),
        ("node_id", j.Select(x => x.NodeId).ToArray()), ("event", j.Select(x => x.Event).ToArray()), ("actor", j.Select(x => x.Actor).ToArray()),
        ("outcome", j.Select(x => x.Outcome).ToArray()), ("comment", j.Select(x => x.Comment).ToArray()), ("data", j.Select(x => x.Data).ToArray()),
        ("hash", j.Select(x => x.Hash).ToArray()));

    public static NpgsqlBatchCommand With(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }

        return command;
    }
}
