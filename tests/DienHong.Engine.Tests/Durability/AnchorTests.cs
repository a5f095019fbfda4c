using DienHong.Engine.Audit;
using DienHong.Engine.Security;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>
/// Anchors (mốc neo): signed checkpoints of every chain head that an auditor keeps outside the system. A history
/// that existed at an anchor and was later rewritten or deleted no longer matches it, even for someone who edits the
/// database, recomputes the unkeyed chain and has no key.
/// </summary>
public sealed class AnchorTests
{
    [Fact]
    public async Task A_kept_anchor_verifies_a_clean_database_and_a_history_that_grew_since()
    {
        var (host, _, _) = await TwoInstances.CreateAsync();
        await using var _host = host;
        var file = await KeepAnchorAsync(host);
        var later = (await host.StartAsync("two-tasks")).InstanceId!;
        await host.CompleteAsync(later, "a", "Done");

        var result = (await host.Audit.VerifyAsync(AnchorFile.Read(file)));

        result.IsIntact.ShouldBeTrue(string.Join("; ", result.Discrepancies));
        result.AnchorsChecked.ShouldBe(1);
        var anchor = AnchorFile.Read(file).Anchors.ShouldHaveSingleItem();
        anchor.Instances.ShouldBe(2);
        anchor.Entries.ShouldBe(10);
        anchor.InstancesCreated.ShouldBe(2);
    }

    [Fact]
    public async Task A_history_rewritten_without_the_key_still_differs_from_the_kept_anchor()
    {
        var (host, _, completed) = await TwoInstances.CreateAsync();
        await using var _host = host;
        var file = await KeepAnchorAsync(host);
        host.Tampered = true;
        var journal = await host.JournalAsync(completed);

        // Rewrite the chain with recomputed hashes, and drop the database's own anchors.
        Tamper.Rewrite(host.DatabasePath, completed, [.. journal.Select(e => e.Event == "TaskCompleted" ? e with { Actor = "someone-else" } : e)]);
        Tamper.Sql(host.DatabasePath, "DELETE FROM anchors");

        // Without the key, the database alone cannot prove anything was changed...
        var alone = await VerifyWithoutKeyAsync(host, null);
        alone.SealsChecked.ShouldBeFalse();
        alone.IsIntact.ShouldBeTrue();

        // ...but the anchor the auditor kept can.
        var kept = await VerifyWithoutKeyAsync(host, AnchorFile.Read(file));
        kept.Discrepancies.ShouldContain(new Discrepancy(DiscrepancyKind.AnchorMissingFromDatabase, Anchor: 1));
        kept.Discrepancies.ShouldContain(d => d.Kind == DiscrepancyKind.AnchoredEntryChanged && d.InstanceId == completed && d.Seq == 6 && d.Anchor == 1);
    }

    [Fact]
    public async Task A_deleted_instance_is_missing_from_the_kept_anchor()
    {
        var (host, _, completed) = await TwoInstances.CreateAsync();
        await using var _host = host;
        var file = await KeepAnchorAsync(host);
        host.Tampered = true;
        foreach (var sql in new[] { "DELETE FROM journal WHERE instance_id = @i", "DELETE FROM bookmarks WHERE instance_id = @i", "DELETE FROM instances WHERE id = @i" })
        {
            Tamper.Sql(host.DatabasePath, sql, ("@i", completed));
        }

        // The unkeyed count is lowered too: only the anchor is left to tell.
        Tamper.Sql(host.DatabasePath, "UPDATE integrity SET instances_created = 1");
        Tamper.Sql(host.DatabasePath, "DELETE FROM anchors");

        (await VerifyWithoutKeyAsync(host, null)).IsIntact.ShouldBeTrue();
        (await VerifyWithoutKeyAsync(host, AnchorFile.Read(file))).Discrepancies
            .ShouldContain(d => d.Kind == DiscrepancyKind.AnchoredInstanceMissing && d.InstanceId == completed && d.Seq == 6 && d.Anchor == 1);
    }

    [Fact]
    public async Task An_altered_anchor_fails_its_signature_or_its_root()
    {
        var (host, _, _) = await TwoInstances.CreateAsync();
        await using var _host = host;
        var file = AnchorFile.Read(await KeepAnchorAsync(host));
        var anchor = file.Anchors[0];

        var moreInstances = file with { Anchors = [anchor with { Instances = anchor.Instances + 1 }] };
        var otherHead = file with { Anchors = [anchor with { Heads = [.. anchor.Heads.Skip(1)] }] };

        (await host.Audit.VerifyAsync(moreInstances)).Discrepancies.ShouldContain(new Discrepancy(DiscrepancyKind.AnchorMissingFromDatabase, Anchor: 1));
        (await host.Audit.VerifyAsync(moreInstances)).Discrepancies.ShouldContain(new Discrepancy(DiscrepancyKind.AnchorSignatureInvalid, Anchor: 1));
        (await host.Audit.VerifyAsync(otherHead)).Discrepancies.ShouldContain(new Discrepancy(DiscrepancyKind.AnchorRootInvalid, Anchor: 1));
    }

    [Fact]
    public async Task No_anchor_is_made_over_a_database_that_does_not_verify()
    {
        var (host, _, completed) = await TwoInstances.CreateAsync();
        await using var _host = host;
        host.Tampered = true;
        Tamper.Sql(host.DatabasePath, "UPDATE instances SET outcome = 'Rejected' WHERE id = @i", ("@i", completed));

        var result = await host.Audit.CreateAnchorAsync();

        result.Anchor.ShouldBeNull();
        result.Verification.IsIntact.ShouldBeFalse();
        DatabaseDump.Count(host.DatabasePath, "SELECT count(*) FROM anchors").ShouldBe(0);
    }

    [Fact]
    public void A_malformed_anchors_file_names_its_line_and_property()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dienhong-anchors-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """
                {
                  "format": "dienhong-anchors/1",
                  "keyId": "k-1",
                  "publicKey": "AAAA",
                  "exportedAt": "2027-02-01T01:00:00+00:00",
                  "anchors": [
                    { "id": 1, "at": "2027-02-01T01:00:00+00:00", "instances": 1, "entries": 3, "instancesCreated": 1,
                      "root": "r", "keyId": "k-1", "signature": "s", "heads": [ "only-two fields" ] }
                  ]
                }
                """);

            var problem = Should.Throw<AnchorFileException>(() => AnchorFile.Read(path));

            problem.Line.ShouldBe(8);
            problem.Pointer.ShouldBe("/anchors/0/heads/0");
            problem.Problem.ShouldBe(AnchorFileProblem.Invalid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Makes an anchor and exports the anchors to a file beside the database, as an auditor would keep it.</summary>
    private static async Task<string> KeepAnchorAsync(TestHost host)
    {
        (await host.Audit.CreateAnchorAsync()).Anchor.ShouldNotBeNull();
        var path = Path.Combine(host.Folder, "kept-anchors.json");
        (await host.Audit.ExportAnchorsAsync()).Write(path);
        return path;
    }

    /// <summary>Verify as someone who has the database file but not the key file.</summary>
    private static async Task<JournalVerification> VerifyWithoutKeyAsync(TestHost host, AnchorFile? kept)
    {
        using var keys = new FileKeyring(Path.Combine(host.Folder, "elsewhere", FileKeyring.DefaultFileName));
        using var database = SqliteDatabase.OpenReadOnly(host.DatabasePath, keys);
        return await TestHost.VerifyAsync(database, kept);
    }
}
