using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>The disclosures board's list: open and closed postings of the agencies, newest first, paged.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Postings_are_open_while_the_audience_may_object_and_closed_after_newest_first()
    {
        var end = T0.AddDays(20);
        const string Posted = "DisclosurePosted|{\"document\":\"QĐ 12\"}";
        // Open: the audience's bookmark is there. Closed: the period ended and the take-down task is the node's only one.
        await Runs.CommitAsync(NewRun("i1", "agency-a", at: T0, bookmarks: [OpenTask("p1", "i1", "audience:agency", end)], journal: [Posted, "OpinionBoxOpened"]));
        await Runs.CommitAsync(NewRun("i2", "agency-a", at: T0.AddHours(1), bookmarks: [OpenTask("p2", "i2", "role:hr", end)], journal: [Posted]));
        // Posted again after an upheld objection: the first posting is closed, the second open.
        await Runs.CommitAsync(NewRun("i3", "agency-a", at: T0.AddHours(2), journal: [Posted]));
        var i3 = (await Runs.LoadAsync("i3"))!.Instance;
        await Runs.CommitAsync(NextRun(i3, i3.RowVersion, InstanceStatus.Suspended, [], [OpenTask("p3", "i3", "audience:agency", end.AddDays(1))], T0.AddHours(3), Posted) with
        {
            AddedBookmarks = [OpenTask("p3", "i3", "audience:agency", end.AddDays(1))],
        });
        // Another agency's posting, and a consultation's opinion box (the audience's, but nothing posted).
        await Runs.CommitAsync(NewRun("i4", "agency-b", at: T0, bookmarks: [OpenTask("p4", "i4", "audience:agency", end)], journal: [Posted]));
        await Runs.CommitAsync(NewRun("i5", "agency-a", at: T0, bookmarks: [OpenTask("p5", "i5", "audience:agency", end)], journal: ["OpinionBoxOpened"]));
        var board = Get<IDisclosureQueries>();

        var open = await board.ListAsync(new DisclosureQuery(["agency-a"], Open: true, PageSize: 1));
        var openNext = await board.ListAsync(new DisclosureQuery(["agency-a"], Open: true, PageSize: 1, After: open.Next));
        var closed = await board.ListAsync(new DisclosureQuery(["agency-a"], Open: false));

        (open.Total, closed.Total).ShouldBe((2, 2));
        open.Items.Concat(openNext.Items).Select(p => (p.InstanceId, p.Seq)).ShouldBe([("i3", 2), ("i1", 1)]);
        openNext.Next.ShouldBeNull();
        open.Items[0].ShouldBe(new DisclosurePosting("i3", 2, "review", T0.AddHours(3), "{\"document\":\"QĐ 12\"}", "def-i3", "contract", 1, "agency-a", null, end.AddDays(1)));
        closed.Items.Select(p => (p.InstanceId, p.Seq, p.OpenUntil)).ShouldBe([("i3", 1L, (DateTimeOffset?)null), ("i2", 1L, null)]);
        closed.Next.ShouldBeNull();
        (await board.ListAsync(new DisclosureQuery(["agency-a", "agency-b"], Open: true))).Items.Select(p => p.InstanceId).ShouldBe(["i3", "i1", "i4"]);
        (await board.ListAsync(new DisclosureQuery([], Open: true))).Total.ShouldBe(0);
        await Should.ThrowAsync<ArgumentException>(async () => await board.ListAsync(new DisclosureQuery(["agency-a"], Open: true, After: "x")));
    }

    [StoreFact]
    public async Task Postings_read_together_come_each_with_what_followed_it_on_its_node_and_its_cases_bookmarks()
    {
        var end = T0.AddDays(20);
        const string Posted = "DisclosurePosted|{\"document\":\"QĐ 12\"}";
        // i1 was posted, objected to and answered, then posted again (replaced) and objected to once more.
        await Runs.CommitAsync(NewRun("i1", "agency-a", at: T0, bookmarks: [OpenTask("p1", "i1", "audience:agency", end)], journal:
            [Posted, "ObjectionReceived|{\"text\":\"a\"}", "TaskCompleted", "ObjectionAnswered|{\"objection\":1}", Posted, "ObjectionReceived|{\"text\":\"b\"}"]));
        await Runs.CommitAsync(NewRun("i2", "agency-b", at: T0, bookmarks: [OpenTask("p2", "i2", "role:hr", end)], journal: [Posted, "DisclosureTakenDown"]));
        var board = Get<IDisclosureQueries>();

        var read = (await board.ReadAsync([new("i1", 1), new("i1", 5), new("i2", 1), new("i1", 2), new("none", 1)])).ToDictionary(r => (r.Posting.InstanceId, r.Posting.Seq));

        read.Keys.OrderBy(k => k.InstanceId).ThenBy(k => k.Seq).ShouldBe([("i1", 1L), ("i1", 5L), ("i2", 1L)]);
        var first = read[("i1", 1)];
        (first.Replaced, first.Posting.OpenUntil).ShouldBe((true, (DateTimeOffset?)null));
        first.Following.Select(e => (e.Seq, e.Event, e.Data)).ShouldBe([(2L, "ObjectionReceived", "{\"text\":\"a\"}"), (4L, "ObjectionAnswered", "{\"objection\":1}")]);
        var second = read[("i1", 5)];
        second.Posting.ShouldBe(new DisclosurePosting("i1", 5, "review", T0, "{\"document\":\"QĐ 12\"}", "def-i1", "contract", 1, "agency-a", null, end));
        (second.Replaced, second.Following.Single().Seq).ShouldBe((false, 6L));
        second.Bookmarks.Select(b => b.Id).ShouldBe(["p1"]);
        var other = read[("i2", 1)];
        (other.Replaced, other.Following.Single().Event, other.Bookmarks.Single().Id).ShouldBe((false, "DisclosureTakenDown", "p2"));
        (await board.ReadAsync([])).ShouldBeEmpty();
    }
}
