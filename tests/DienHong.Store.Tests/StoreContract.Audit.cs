using DienHong.Engine.Audit;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>
/// Journal audit (kiểm tra nhật ký) through the engine's port: what is changed or deleted behind the engine's back is
/// named, anchors are made, listed and kept the same way, on every store.
/// </summary>
public abstract partial class StoreContract
{
    /// <summary>What journal audit finds wrong (none when intact).</summary>
    protected async Task<IReadOnlyList<string>> VerifyAsync() => [.. (await Audit.VerifyAsync()).Discrepancies.Select(d => d.ToString())];

    [StoreFact]
    public async Task An_edited_journal_entry_breaks_its_chain_and_only_its_instance()
    {
        var (tampered, other) = await TwoReviewsAsync();
        var second = (await Get<IJournalReader>().ReadAsync(tampered, 0, int.MaxValue))[1];

        (await ExecuteOutsideTheEngineAsync("UPDATE journal SET actor = 'mallory' WHERE instance_id = @id AND seq = 2", tampered)).ShouldBe(1);

        (await Audit.VerifyAsync()).Discrepancies.ShouldBe([new Discrepancy(DiscrepancyKind.ChainBroken, tampered, second.Seq)]);
        (await Audit.VerifyInstanceAsync(tampered)).Discrepancies.ShouldBe([new Discrepancy(DiscrepancyKind.ChainBroken, tampered, second.Seq)]);
        var alone = await Audit.VerifyInstanceAsync(other);
        alone.IsIntact.ShouldBeTrue();
        alone.Instances.ShouldBe(1);
    }

    [StoreFact]
    public async Task An_instance_row_edited_outside_the_engine_fails_its_seal()
    {
        var (tampered, _) = await TwoReviewsAsync();

        (await ExecuteOutsideTheEngineAsync("""UPDATE instances SET variables = '{"who":"mallory"}' WHERE id = @id""", tampered)).ShouldBe(1);

        var result = await Audit.VerifyAsync();
        result.SealsChecked.ShouldBeTrue();
        result.Discrepancies.ShouldBe([new Discrepancy(DiscrepancyKind.SealBroken, tampered, Found: nameof(SealMismatch.Variables))]);
    }

    [StoreFact]
    public async Task Deleted_last_entries_are_found_by_the_row_and_by_the_anchor_that_held_them()
    {
        var (tampered, _) = await TwoReviewsAsync();
        var made = await Audit.CreateAnchorAsync();
        var anchor = made.Anchor.ShouldNotBeNull();
        var head = (await Runs.LoadAsync(tampered))!.Instance;

        (await ExecuteOutsideTheEngineAsync("DELETE FROM journal WHERE instance_id = @id AND seq > 1", tampered)).ShouldBeGreaterThan(0);

        (await Audit.VerifyAsync()).Discrepancies.ShouldBe(
        [
            new Discrepancy(DiscrepancyKind.AnchoredEntryChanged, tampered, head.JournalSeq, head.JournalHash, null, anchor.Id),
            new Discrepancy(DiscrepancyKind.EntriesMissing, tampered, 2, head.JournalSeq.ToString(System.Globalization.CultureInfo.InvariantCulture), "1"),
        ], ignoreOrder: true);
        (await Audit.CreateAnchorAsync()).Anchor.ShouldBeNull();
        (await Audit.ListAnchorsAsync()).ShouldHaveSingleItem().Id.ShouldBe(anchor.Id);
    }

    [StoreFact]
    public async Task Anchors_are_signed_numbered_and_checked_against_the_kept_file()
    {
        var (first, second) = await TwoReviewsAsync();

        var one = (await Audit.CreateAnchorAsync()).Anchor.ShouldNotBeNull();
        await CompleteAsync(first, "a");
        var two = (await Audit.CreateAnchorAsync()).Anchor.ShouldNotBeNull();

        (one.Id, two.Id).ShouldBe((1, 2));
        one.Instances.ShouldBe(2);
        one.Heads.Select(h => AnchorSeal.Parse(h)!.InstanceId).ShouldBe(new[] { first, second }.Order(StringComparer.Ordinal));
        two.Entries.ShouldBeGreaterThan(one.Entries);
        (await Audit.ListAnchorsAsync()).Select(a => a.Id).ShouldBe([1, 2]);
        var kept = await Audit.ExportAnchorsAsync();
        kept.Anchors.All(a => AnchorSeal.Verify(a, kept.PublicKey)).ShouldBeTrue();
        var checkedAgainstKept = await Audit.VerifyAsync(kept);
        checkedAgainstKept.IsIntact.ShouldBeTrue();
        checkedAgainstKept.AnchorsChecked.ShouldBe(2);
    }

    private async Task<(string First, string Second)> TwoReviewsAsync()
    {
        await PublishReviewAsync();
        var first = await StartReviewAsync("a");
        var second = await StartReviewAsync("b");
        (await VerifyAsync()).ShouldBeEmpty();
        return (first, second);
    }
}
