using DienHong.Engine.Catalog;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>Definition versions: the engine's policy over the store's rows.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task A_published_version_is_imported_once_and_never_changed()
    {
        var v1 = await Catalog.ImportPublishedAsync(ReviewJson("review", 1));

        (await Catalog.ImportPublishedAsync(ReviewJson("review", 1))).ShouldBe(v1);
        await Should.ThrowAsync<InvalidOperationException>(() => Catalog.ImportPublishedAsync(ReviewJson("review", 1, workingDays: 3)));
        (await Runs.GetPublishedAsync("review", null)).ShouldBe(v1);
        (await Catalog.ListAsync()).ShouldBe([v1]);
    }

    [StoreFact]
    public async Task Editing_a_published_definition_makes_the_next_draft_and_publishing_freezes_it()
    {
        var v1 = await Catalog.ImportPublishedAsync(ReviewJson("review", 1));

        var draft = await Catalog.SaveDraftAsync(ReviewJson("review", 1, workingDays: 3), "alice");
        var edited = await Catalog.SaveDraftAsync(ReviewJson("review", 7, workingDays: 4), "alice");
        (draft.Version, draft.Status, edited.Id, edited.Version).ShouldBe((2, DefinitionStatus.Draft, draft.Id, 2));
        (await Runs.GetPublishedAsync("review", null)).ShouldBe(v1);

        var v2 = await Catalog.PublishAsync("review", 2, "alice");
        await Should.ThrowAsync<InvalidOperationException>(() => Catalog.PublishAsync("review", 2, "alice"));
        await Catalog.RetireAsync("review", 1, "alice");

        v2.Json.ShouldContain("\"workingDays\": 4");
        (await Runs.GetPublishedAsync("review", null))!.Id.ShouldBe(v2.Id);
        (await Runs.FindVersionAsync("review", 1))!.Status.ShouldBe(DefinitionStatus.Retired);
        (await Catalog.ListAsync()).Select(d => (d.Version, d.Status)).ShouldBe([(1, DefinitionStatus.Retired), (2, DefinitionStatus.Published)]);
        (await Catalog.SaveDraftAsync(ReviewJson("review", 1), "alice")).Version.ShouldBe(3);
    }

    [StoreFact]
    public async Task A_draft_that_does_not_validate_is_not_published()
    {
        var broken = ReviewJson("review", 1).Replace("\"to\": \"end\"", "\"to\": \"nowhere\"", StringComparison.Ordinal);
        await Catalog.SaveDraftAsync(broken, "alice");

        var refused = await Should.ThrowAsync<DefinitionRejectedException>(() => Catalog.PublishAsync("review", 1, "alice"));

        refused.Report.Errors.ShouldNotBeEmpty();
        (await Runs.FindVersionAsync("review", 1))!.Status.ShouldBe(DefinitionStatus.Draft);
    }

    [StoreFact]
    public async Task The_definition_store_keeps_one_row_per_key_and_version_and_changes_status_only_from_the_expected_one()
    {
        var store = Get<IDefinitionStore>();
        await store.AddAsync(new NewDefinition("d1", "review", 1, DefinitionStatus.Published, "Xem xét", ReviewJson("review", 1), T0, "alice"));

        await Should.ThrowAsync<ConcurrencyConflictException>(async () =>
            await store.AddAsync(new NewDefinition("d2", "review", 1, DefinitionStatus.Draft, "Xem xét", ReviewJson("review", 1), T0, "alice")));
        (await store.ReplaceDraftAsync("d1", "x", "{}", new DefinitionStamp("alice", T0))).ShouldBeFalse();
        (await store.ChangeStatusAsync("d1", DefinitionStatus.Draft, DefinitionStatus.Published, new DefinitionStamp("alice", T0))).ShouldBeFalse();
        (await store.ChangeStatusAsync("d1", DefinitionStatus.Published, DefinitionStatus.Retired, new DefinitionStamp("alice", T0))).ShouldBeTrue();
        (await store.ListAsync("review")).ShouldHaveSingleItem().ShouldBe(new StoredDefinition("d1", "review", 1, DefinitionStatus.Retired, ReviewJson("review", 1)));
        (await store.ListAsync("other")).ShouldBeEmpty();
    }
}
