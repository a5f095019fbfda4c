using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Durability;

/// <summary>Published definitions never change; instances stay on the version they started on.</summary>
public sealed class VersioningTests
{
    [Fact]
    public async Task Importing_a_different_text_under_a_published_version_is_refused()
    {
        await using var host = await TestHost.CreateAsync();
        var json = Flows.OneTask("frozen");
        var v1 = await host.PublishAsync(json);

        (await host.PublishAsync(json)).Id.ShouldBe(v1.Id);
        var changed = Flows.OneTask("frozen", endOutcome: "Other");
        var error = await Should.ThrowAsync<InvalidOperationException>(() => host.Definitions.ImportPublishedAsync(changed));

        error.Message.ShouldContain("'frozen' version 1");
        error.Message.ShouldContain("cannot be changed");
        var stored = (await host.Definitions.ListAsync()).Single();
        stored.Json.ShouldBe(json);
        stored.Status.ShouldBe(DefinitionStatus.Published);
    }

    [Fact]
    public async Task Saving_a_draft_of_a_published_key_makes_version_2_and_leaves_version_1_alone()
    {
        await using var host = await TestHost.CreateAsync();
        var json = Flows.OneTask("edited");
        var v1 = await host.PublishAsync(json);
        var before = DatabaseDump.Count(host.DatabasePath, "SELECT COUNT(*) FROM definitions WHERE key = 'edited' AND version = 1 AND status = 'Published'");

        var draft = await host.Definitions.SaveDraftAsync(Flows.OneTask("edited", endOutcome: "Changed"), "tester");

        draft.Version.ShouldBe(2);
        draft.Status.ShouldBe(DefinitionStatus.Draft);
        draft.Id.ShouldNotBe(v1.Id);
        draft.Json.ShouldContain("Changed");
        var all = await host.Definitions.ListAsync();
        all.Count.ShouldBe(2);
        var first = all.Single(d => d.Version == 1);
        first.Id.ShouldBe(v1.Id);
        first.Json.ShouldBe(json);
        first.Status.ShouldBe(DefinitionStatus.Published);
        before.ShouldBe(1);

        // A draft starts nothing: new instances still use version 1 until version 2 is published.
        var started = await host.StartAsync("edited");
        (await host.Store.LoadAsync(started.InstanceId!))!.Instance.DefinitionVersion.ShouldBe(1);
        (await host.Definitions.PublishAsync("edited", 2, "tester")).Status.ShouldBe(DefinitionStatus.Published);
        await Should.ThrowAsync<InvalidOperationException>(() => host.Definitions.PublishAsync("edited", 2, "tester"));
    }

    [Fact]
    public async Task A_running_instance_keeps_its_version_after_the_next_is_published()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.OneTask("pinned", version: 1, endOutcome: "ByVersion1"));
        var old = await host.StartAsync("pinned");
        old.OpenBookmarks.Single().NodeId.ShouldBe("a");

        // Version 2: the task now leads to a second task, then a different end.
        await host.PublishAsync(Workflow("pinned",
            string.Join(",", Node("start", "Start"), Task("a"), Task("review"), Node("end-2", "End", ",\"outcome\":\"ByVersion2\"")),
            string.Join(",", Edge("start", "a"), Edge("a", "review", "Done"), Edge("review", "end-2", "Done")),
            version: 2));

        var resumed = await host.CompleteAsync(old.InstanceId!, "a", "Done");

        resumed.Status.ShouldBe(RunStatus.Ok, resumed.Message);
        resumed.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        resumed.Outcome.ShouldBe("ByVersion1");
        (await host.JournalAsync(old.InstanceId!))[^1].NodeId.ShouldBe("end");
        (await host.Store.LoadAsync(old.InstanceId!))!.Instance.DefinitionVersion.ShouldBe(1);

        var fresh = await host.StartAsync("pinned");
        (await host.Store.LoadAsync(fresh.InstanceId!))!.Instance.DefinitionVersion.ShouldBe(2);
        (await host.CompleteAsync(fresh.InstanceId!, "a", "Done")).OpenBookmarks.Single().NodeId.ShouldBe("review");
        (await host.CompleteAsync(fresh.InstanceId!, "review", "Done")).Outcome.ShouldBe("ByVersion2");
    }
}
