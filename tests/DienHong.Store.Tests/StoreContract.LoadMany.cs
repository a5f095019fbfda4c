using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>Reading a page's cases at once: each as a single load reads it, a tampered one set apart, an unknown id left out.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Several_instances_read_at_once_are_each_as_loaded_alone()
    {
        await Runs.CommitAsync(NewRun("m-1", "agency-a", bookmarks: [OpenTask("m-1.t1", "m-1", "role:hr", T0.AddDays(2)), OpenTask("m-1.t2", "m-1", "user:a"), Timer("m-1.w", "m-1", T0.AddDays(1))]));
        await Runs.CommitAsync(NewRun("m-2", "agency-b", bookmarks: [OpenTask("m-2.t1", "m-2", "role:hr", T0.AddDays(3))]));
        await Runs.CommitAsync(NewRun("m-3", bookmarks: []));

        var read = await Runs.LoadManyAsync(["m-1", "m-2", "m-3", "unknown"]);

        read.Tampered.ShouldBeEmpty();
        read.Sound.Keys.ShouldBe(["m-1", "m-2", "m-3"], ignoreOrder: true);
        foreach (var id in read.Sound.Keys)
        {
            var alone = (await Runs.LoadAsync(id))!;
            read.Sound[id].Instance.ShouldBe(alone.Instance);
            read.Sound[id].Bookmarks.OrderBy(b => b.Id, StringComparer.Ordinal).ShouldBe(alone.Bookmarks.OrderBy(b => b.Id, StringComparer.Ordinal));
        }

        read.Sound["m-1"].Bookmarks.Count.ShouldBe(3);
        (await Runs.LoadManyAsync([])).Sound.ShouldBeEmpty();
    }

    [StoreFact]
    public async Task A_tampered_instance_read_with_others_is_set_apart_and_the_others_still_read()
    {
        await Runs.CommitAsync(NewRun("s-1", "agency-a", bookmarks: [OpenTask("s-1.t", "s-1", "role:hr")]));
        await Runs.CommitAsync(NewRun("s-2", "agency-a", bookmarks: [OpenTask("s-2.t", "s-2", "role:hr")]));

        (await ExecuteOutsideTheEngineAsync("UPDATE bookmarks SET assignee = 'user:mallory' WHERE instance_id = @id", "s-2")).ShouldBe(1);

        var read = await Runs.LoadManyAsync(["s-1", "s-2"]);
        read.Sound.Keys.ShouldBe(["s-1"]);
        read.Tampered.ShouldBe(["s-2"]);
        await Should.ThrowAsync<InstanceTamperedException>(async () => await Runs.LoadAsync("s-2"));
    }
}
