using DienHong.Persistence.Postgres;
using Shouldly;
using Xunit;

namespace DienHong.Cluster.Tests;

/// <summary>Concurrent reads of one key share a query, and never one sent before they asked.</summary>
public sealed class CoalescedReadsTests
{
    [Fact]
    public async Task Callers_asking_during_a_query_share_the_next_one_and_a_later_caller_gets_a_query_of_its_own()
    {
        var queries = new List<(string Key, TaskCompletionSource<int> Answer)>();
        var reads = new CoalescedReads<string, int>(key =>
        {
            var answer = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (queries)
            {
                queries.Add((key, answer));
            }

            return answer.Task;
        });

        var first = reads.ReadAsync("salary", CancellationToken.None);
        var second = reads.ReadAsync("salary", CancellationToken.None);
        var third = reads.ReadAsync("salary", CancellationToken.None);
        var otherKey = reads.ReadAsync("leave", CancellationToken.None);
        queries.Select(q => q.Key).ShouldBe(["salary", "leave"]);

        // The query under way was sent before the second and third asked: they wait for the next one.
        queries[0].Answer.SetResult(1);
        (await first).ShouldBe(1);
        await WaitForAsync(() => queries.Count == 3);
        second.IsCompleted.ShouldBeFalse();
        queries[2].Key.ShouldBe("salary");
        queries[2].Answer.SetResult(2);
        (await second).ShouldBe(2);
        (await third).ShouldBe(2);

        queries[1].Answer.SetResult(7);
        (await otherKey).ShouldBe(7);
        var later = reads.ReadAsync("salary", CancellationToken.None);
        queries.Count.ShouldBe(4);
        queries[3].Answer.SetResult(3);
        (await later).ShouldBe(3);
    }

    [Fact]
    public async Task A_failed_query_fails_its_callers_and_the_next_caller_queries_again()
    {
        var calls = 0;
        var reads = new CoalescedReads<string, int>(_ => ++calls == 1 ? Task.FromException<int>(new InvalidOperationException("server gone")) : Task.FromResult(calls));

        await Should.ThrowAsync<InvalidOperationException>(() => reads.ReadAsync("salary", CancellationToken.None));

        (await reads.ReadAsync("salary", CancellationToken.None)).ShouldBe(2);
    }

    /// <summary>The next query starts on the thread pool once the previous one's callers are answered: wait for it, bounded.</summary>
    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(until, "the next query was never sent");
            await Task.Yield();
        }
    }
}
