using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>What each run writes on the instance row: status, times, row version and journal head.</summary>
public sealed class InstanceRecordTests
{
    [Fact]
    public async Task Each_run_stamps_its_time_bumps_the_row_version_and_only_the_end_sets_the_completion_time()
    {
        await using var host = await TestHost.CreateAsync();
        var started = host.Clock.GetUtcNow();
        var id = (await host.RunAsync(Workflow("stamps",
            string.Join(",", Node("start", "Start"), Task("a"), Node("end", "End", ",\"outcome\":\"Done\"")),
            string.Join(",", Edge("start", "a"), Edge("a", "end", "Done"))), "stamps")).InstanceId!;
        var first = await host.InstanceAsync(id);
        (first.Status, first.CreatedAt, first.UpdatedAt, first.CompletedAt, first.RowVersion, first.JournalSeq).ShouldBe((InstanceStatus.Suspended, started, started, null, 1, 2));

        host.Clock.Advance(TimeSpan.FromHours(3));
        await host.DoAsync(id, "a");

        var done = await host.InstanceAsync(id);
        var now = host.Clock.GetUtcNow();
        (done.Status, done.Outcome, done.CreatedAt, done.UpdatedAt, done.CompletedAt, done.RowVersion, done.JournalSeq)
            .ShouldBe((InstanceStatus.Completed, "Done", started, now, now, 2, 4));
        done.JournalHash.ShouldBe((await host.JournalAsync(id))[^1].Hash);
    }

    [Fact]
    public async Task The_start_stores_the_bound_input()
    {
        await using var host = await TestHost.CreateAsync();

        var id = (await host.RunAsync(Workflow("input",
            string.Join(",", Node("start", "Start"), Task("a"), Node("end", "End")), string.Join(",", Edge("start", "a"), Edge("a", "end", "Done")),
            """[{ "name": "who", "type": "string", "required": true }, { "name": "days", "type": "number", "default": 5 }]"""), "input",
            new System.Text.Json.Nodes.JsonObject { ["who"] = "an" })).InstanceId!;

        (await host.InstanceAsync(id)).Variables.ShouldBe("""{"who":"an","days":5}""");
    }
}
