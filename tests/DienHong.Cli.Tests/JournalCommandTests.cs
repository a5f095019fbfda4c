using System.Diagnostics;
using DienHong.Engine.Journal;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// <c>journal verify</c>, <c>journal anchor</c> and <c>journal anchors export</c>, and opening a database: one process
/// owns it, a second gets exit code 2 and the owner's process id, and the read-only commands work beside the owner and
/// on files nobody may write.
/// </summary>
public sealed class JournalCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Db => Path.Combine(temp.Path, "dienhong.db");

    [Fact]
    public async Task Anchor_export_and_verify_with_the_kept_file_then_a_rewritten_history_is_found_without_the_key()
    {
        var ids = await EngineDatabase.CreateAsync(Db);
        var kept = Path.Combine(temp.Path, "audit", "anchors.json");

        var anchor = await Cli.RunAsync("journal", "anchor", "--db", Db);
        var export = await Cli.RunAsync("journal", "anchors", "export", "--db", Db, "--out", kept);
        var verify = await Cli.RunAsync("journal", "verify", "--db", Db, "--anchors", kept);

        anchor.Exit.ShouldBe(0, anchor.Error);
        anchor.Out.ShouldContain("Anchor 1 recorded");
        export.Exit.ShouldBe(0, export.Error);
        File.Exists(kept).ShouldBeTrue();
        verify.Exit.ShouldBe(0, verify.Out + verify.Error);
        verify.Out.ShouldContain("Checked against 1 anchor(s).");
        verify.Out.ShouldContain("3 instance(s), 14 entries checked: no discrepancy.");

        // Someone with the database but not the key edits an entry, recomputes the chain and drops the anchors.
        RewriteWithRecomputedHashes(ids[0]);
        var withoutKey = Path.Combine(temp.Path, "not-here.keys");
        var alone = await Cli.RunAsync("journal", "verify", "--db", Db, "--keys", withoutKey);
        var audited = await Cli.RunAsync("journal", "verify", "--db", Db, "--keys", withoutKey, "--anchors", kept, "--json");

        alone.Exit.ShouldBe(0);
        alone.Out.ShouldContain("Seals not checked");
        audited.Exit.ShouldBe(1);
        var found = audited.Json().GetProperty("discrepancies").EnumerateArray().Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("instance").GetString())).ToList();
        found.ShouldContain(("AnchoredEntryChanged", ids[0]));
        found.ShouldContain(("AnchorMissingFromDatabase", null));
        var text = await Cli.RunAsync("journal", "verify", "--db", Db, "--anchors", kept);
        text.Exit.ShouldBe(1);
        text.Out.ShouldContain($"instance {ids[0]}: it does not match its seal (Row)");
        text.Out.ShouldContain($"anchor 1: instance {ids[0]}, entry 6 is gone or differs: the history was rewritten.");
    }

    [Fact]
    public async Task A_second_live_process_gets_exit_code_2_naming_the_database_and_its_owner()
    {
        await EngineDatabase.CreateAsync(Db);
        var definition = Path.Combine(Cli.Samples("definitions"), "decision.workflow.json");
        using var owner = new SqliteDatabase(Db);
        await owner.MigrateAsync();

        var import = await CliProcess.RunAsUserAsync(null, "import", "--db", Db, definition);
        var anchor = await CliProcess.RunAsUserAsync(null, "journal", "anchor", "--db", Db);
        var verify = await CliProcess.RunAsUserAsync(null, "journal", "verify", "--db", Db);
        var export = await CliProcess.RunAsUserAsync(null, "export", "--db", Db, "--out", Path.Combine(temp.Path, "out"));

        foreach (var refused in new[] { import, anchor })
        {
            refused.Exit.ShouldBe(2, refused.Out + refused.Error);
            refused.Error.ShouldContain(Db);
            refused.Error.ShouldContain($"in use by process {Environment.ProcessId}");
        }

        verify.Exit.ShouldBe(0, verify.Out + verify.Error);
        export.Exit.ShouldBe(0, export.Error);
        File.Exists(Path.Combine(temp.Path, "out", "sample-sequence.v1.workflow.json")).ShouldBeTrue();
    }

    [Fact]
    public async Task Verify_and_export_work_on_a_database_nobody_may_write()
    {
        await EngineDatabase.CreateAsync(Db);
        var output = Path.Combine(Path.GetTempPath(), "dienhong-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);
        File.Exists(Db + "-wal").ShouldBeFalse();

        // The database's folder and files become read-only (for someone other than root, who ignores permissions).
        var user = CliProcess.IsRoot ? CliProcess.Unprivileged : null;
        if (user is not null)
        {
            Run("chown", "-R", user, temp.Path, output);
        }

        Run("chmod", "0400", Path.Combine(temp.Path, "dienhong.keys"));
        Run("chmod", "0444", Db);
        Run("chmod", "0555", temp.Path);
        try
        {
            var verify = await CliProcess.RunAsUserAsync(user, "journal", "verify", "--db", Db, "--json");
            var export = await CliProcess.RunAsUserAsync(user, "export", "--db", Db, "--out", output);

            verify.Exit.ShouldBe(0, verify.Out + verify.Error);
            verify.Json().GetProperty("sealsChecked").GetBoolean().ShouldBeTrue();
            verify.Json().GetProperty("instances").GetInt32().ShouldBe(3);
            export.Exit.ShouldBe(0, export.Out + export.Error);
            File.Exists(Path.Combine(output, "sample-sequence.v1.workflow.json")).ShouldBeTrue();
            Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order().ShouldBe(["dienhong.db", "dienhong.db.lock", "dienhong.db.owner", "dienhong.keys"]);
        }
        finally
        {
            Run("chmod", "0755", temp.Path);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public async Task A_kept_anchors_file_that_is_not_one_is_bad_input_naming_the_file()
    {
        await EngineDatabase.CreateAsync(Db, finished: 0);
        var notAnchors = temp.Write("anchors.json", "{ \"format\": \"something-else\" }");

        var run = await Cli.RunAsync("journal", "verify", "--db", Db, "--anchors", notAnchors);

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain($"{notAnchors}:1: not a DienHong anchors file");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', args)}");
    }

    /// <summary>Changes the actor of an instance's fourth entry, re-chains the journal, moves the row's head, and drops the anchors.</summary>
    private void RewriteWithRecomputedHashes(string instanceId)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        var entries = new List<(long Seq, long At, string? Node, string Event, string? Actor, string? Outcome, string? Comment, string? Data)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT seq, at, node_id, event, actor, outcome, comment, data FROM journal WHERE instance_id = $i ORDER BY seq";
            read.Parameters.AddWithValue("$i", instanceId);
            using var r = read.ExecuteReader();
            while (r.Read())
            {
                string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                entries.Add((r.GetInt64(0), r.GetInt64(1), S(2), r.GetString(3), r.GetInt64(0) == 4 ? "someone-else" : S(4), S(5), S(6), S(7)));
            }
        }

        var previous = JournalChain.Genesis;
        foreach (var e in entries)
        {
            previous = JournalChain.Hash(previous, instanceId, e.Seq, DateTimeOffset.FromUnixTimeMilliseconds(e.At), e.Node, e.Event, e.Actor, e.Outcome, e.Comment, e.Data);
            Execute(connection, "UPDATE journal SET actor = $a, hash = $h WHERE instance_id = $i AND seq = $s", ("$a", e.Actor), ("$h", previous), ("$i", instanceId), ("$s", e.Seq));
        }

        Execute(connection, "UPDATE instances SET journal_hash = $h WHERE id = $i", ("$h", previous), ("$i", instanceId));
        Execute(connection, "DELETE FROM anchors");
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
