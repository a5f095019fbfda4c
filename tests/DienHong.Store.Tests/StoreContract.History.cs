using System.Text.Json.Nodes;
using DienHong.Engine.Audit;
using DienHong.Engine.Catalog;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>Who saved, published and retired each definition version and when, the journal of publishes, and the cases still running on each version.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Each_version_keeps_who_saved_published_and_retired_it_and_when_on_the_engines_clock()
    {
        await Catalog.ImportPublishedAsync(ReviewJson("review", 1));
        Clock.Advance(TimeSpan.FromHours(1));
        await Catalog.SaveDraftAsync(ReviewJson("review", 1, workingDays: 3), "alice");
        Clock.Advance(TimeSpan.FromHours(1));
        await Catalog.SaveDraftAsync(ReviewJson("review", 1, workingDays: 4), "bob");
        Clock.Advance(TimeSpan.FromHours(1));
        await Catalog.PublishAsync("review", 2, "carol");
        Clock.Advance(TimeSpan.FromHours(1));
        await Catalog.RetireAsync("review", 1, "dave");

        var history = await Get<IDefinitionStore>().HistoryAsync("review");

        history.Select(h => (h.Version, h.Status, h.Name)).ShouldBe([(1, DefinitionStatus.Retired, "review"), (2, DefinitionStatus.Published, "review")]);
        history[0].Saved.ShouldBe(new DefinitionStamp(DefinitionCatalog.SystemActor, T0));
        history[0].Published.ShouldBe(new DefinitionStamp(DefinitionCatalog.SystemActor, T0));
        history[0].Retired.ShouldBe(new DefinitionStamp("dave", T0.AddHours(4)));
        history[1].Saved.ShouldBe(new DefinitionStamp("bob", T0.AddHours(2)));
        history[1].Published.ShouldBe(new DefinitionStamp("carol", T0.AddHours(3)));
        history[1].Retired.ShouldBeNull();
        (await Get<IDefinitionStore>().HistoryAsync("other")).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Every_publish_is_a_chained_journal_entry_with_who_when_which_version_and_what_changed()
    {
        await Catalog.ImportPublishedAsync(ReviewJson("review", 1));
        await Catalog.SaveDraftAsync(ReviewJson("review", 1, workingDays: 3), "alice");
        Clock.Advance(TimeSpan.FromDays(1));
        await Catalog.PublishAsync("review", 2, "carol", new PublishedChanges(new Dictionary<string, int> { ["Node.Changed"] = 1 }, "1 node changed"));
        await Catalog.ImportPublishedAsync(ReviewJson("other", 1), "cli:ops");

        var journal = await Get<IDefinitionStore>().JournalAsync("review");

        journal.Select(e => (e.InstanceId, e.Seq, e.Event, e.Actor, e.At)).ShouldBe([
            ("review", 1L, JournalEvents.DefinitionPublished, DefinitionCatalog.SystemActor, T0),
            ("review", 2L, JournalEvents.DefinitionPublished, "carol", T0.AddDays(1))]);
        var data = JsonNode.Parse(journal[1].Data!)!;
        ((int)data["version"]!, (int)data["replaces"]!, (int)data["changes"]!["Node.Changed"]!, (string)data["summary"]!).ShouldBe((2, 1, 1, "1 node changed"));
        JsonNode.Parse(journal[0].Data!)!["replaces"].ShouldBeNull();
        DefinitionJournal.Verify("review", journal).ShouldBeNull();
        (await Get<IDefinitionStore>().JournalAsync("other")).ShouldHaveSingleItem().Actor.ShouldBe("cli:ops");
    }

    [StoreFact]
    public async Task A_changed_entry_of_the_definitions_journal_breaks_its_chain()
    {
        await Catalog.ImportPublishedAsync(ReviewJson("review", 1));
        await Catalog.SaveDraftAsync(ReviewJson("review", 1, workingDays: 3), "alice");
        await Catalog.PublishAsync("review", 2, "carol");

        (await ExecuteOutsideTheEngineAsync("UPDATE definition_journal SET actor = 'mallory' WHERE definition_key = @id AND seq = 2", "review")).ShouldBe(1);

        var broken = DefinitionJournal.Verify("review", await Get<IDefinitionStore>().JournalAsync("review"));
        (broken?.Kind, broken?.Seq).ShouldBe((DiscrepancyKind.ChainBroken, 2L));
    }

    [StoreFact]
    public async Task A_publish_whose_journal_entry_was_taken_meanwhile_changes_nothing()
    {
        await Catalog.ImportPublishedAsync(ReviewJson("review", 1));
        var draft = await Catalog.SaveDraftAsync(ReviewJson("review", 1, workingDays: 3), "alice");
        var store = Get<IDefinitionStore>();
        var taken = (await store.JournalAsync("review")).ShouldHaveSingleItem();

        await Should.ThrowAsync<ConcurrencyConflictException>(async () =>
            await store.ChangeStatusAsync(draft.Id, DefinitionStatus.Draft, DefinitionStatus.Published, new DefinitionStamp("carol", T0), taken));

        (await store.ListAsync("review")).Select(d => d.Status).ShouldBe([DefinitionStatus.Published, DefinitionStatus.Draft]);
        (await store.JournalAsync("review")).ShouldHaveSingleItem().ShouldBe(taken);
    }

    [StoreFact]
    public async Task The_unfinished_cases_of_a_workflow_are_counted_per_version()
    {
        await PublishReviewAsync();
        await PublishReviewAsync("other");
        var first = await StartReviewAsync("u1");
        await StartReviewAsync("u2");
        await StartReviewAsync("u3", key: "other");
        (await CompleteAsync(first, "u1")).Status.ShouldBe(RunStatus.Ok);
        await Catalog.SaveDraftAsync(ReviewJson("review", 1, workingDays: 3), "alice");
        await Catalog.PublishAsync("review", 2, "alice");
        await StartReviewAsync("u4");
        await StartReviewAsync("u5");

        var counts = await Get<IInstanceQueries>().UnfinishedPerVersionAsync("review");

        counts.OrderBy(c => c.Key).ShouldBe([KeyValuePair.Create(1, 1), KeyValuePair.Create(2, 2)]);
        (await Get<IInstanceQueries>().UnfinishedPerVersionAsync("missing")).ShouldBeEmpty();
    }
}
