using DienHong.Persistence.Verification;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>The journal is a hash chain: any hand edit of a row is found by Verify, with its instance and entry.</summary>
public sealed class JournalTests
{
    [Fact]
    public async Task Verify_passes_on_a_clean_database_and_names_the_row_changed_by_hand()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var id = (await host.StartAsync("two-tasks")).InstanceId!;
            ids.Add(id);
            await host.CompleteAsync(id, "a", "Done", comment: $"ý kiến {i}");
        }

        await host.CompleteAsync(ids[0], "b", "Done");
        var clean = host.Verifier.Verify();
        clean.IsIntact.ShouldBeTrue();
        clean.Instances.ShouldBe(4);
        clean.Entries.ShouldBe(DatabaseDump.Count(host.DatabasePath, "SELECT COUNT(*) FROM journal"));

        var target = ids[2];
        var completed = (await host.JournalAsync(target)).Single(j => j.Event == "TaskCompleted");
        completed.Comment.ShouldBe("ý kiến 2");
        DatabaseDump.Execute(host.DatabasePath, "UPDATE journal SET comment = @c WHERE instance_id = @i AND seq = @s",
            ("@c", "Đồng ý"), ("@i", target), ("@s", completed.Seq)).ShouldBe(1);

        var tampered = host.Verifier.Verify();

        tampered.IsIntact.ShouldBeFalse();
        var broken = tampered.Discrepancies.ShouldHaveSingleItem();
        broken.Kind.ShouldBe(DiscrepancyKind.ChainBroken);
        broken.InstanceId.ShouldBe(target);
        broken.Seq.ShouldBe(completed.Seq);
    }

    [Fact]
    public async Task Verify_reports_a_deleted_entry_as_a_gap()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var id = (await host.StartAsync("two-tasks")).InstanceId!;
        await host.CompleteAsync(id, "a", "Done");

        DatabaseDump.Execute(host.DatabasePath, "DELETE FROM journal WHERE instance_id = @i AND seq = 2", ("@i", id)).ShouldBe(1);

        var broken = host.Verifier.Verify().Discrepancies.ShouldHaveSingleItem();
        broken.Kind.ShouldBe(DiscrepancyKind.ChainGap);
        broken.InstanceId.ShouldBe(id);
        broken.Seq.ShouldBe(3);
    }
}
