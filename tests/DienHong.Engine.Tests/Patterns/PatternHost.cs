using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>Shorthands the pattern tests share: the journal as (node, event) pairs, open work, one reviewer's answer.</summary>
internal static class PatternHost
{
    /// <summary>Publishes the definition and starts one instance of it; the start must succeed.</summary>
    public static async Task<RunResult> RunAsync(this TestHost host, string json, string key, System.Text.Json.Nodes.JsonObject? input = null)
    {
        await host.PublishAsync(json);
        var started = await host.StartAsync(key, input);
        started.Succeeded.ShouldBeTrue(started.Message);
        return started;
    }

    public static async Task<List<(string? Node, string Event)>> StepsAsync(this TestHost host, string instanceId) =>
        [.. (await host.JournalAsync(instanceId)).Select(j => (j.NodeId, j.Event))];

    /// <summary>The nodes with open work, sorted, one entry per open bookmark.</summary>
    public static async Task<List<string>> OpenNodesAsync(this TestHost host, string instanceId) =>
        [.. (await host.Store.LoadAsync(instanceId))!.Bookmarks.Select(b => b.NodeId).Order(StringComparer.Ordinal)];

    public static async Task<InstanceRecord> InstanceAsync(this TestHost host, string instanceId) =>
        (await host.Store.LoadAsync(instanceId))!.Instance;

    /// <summary>Answers the task of <paramref name="node"/> assigned to <paramref name="assignee"/> (e.g. <c>user:an</c>).</summary>
    public static async Task<RunResult> AnswerAsync(this TestHost host, string instanceId, string node, string assignee, string outcome, string? comment = null)
    {
        var loaded = await host.Store.LoadAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}");
        var bookmark = loaded.Bookmarks.Single(b => b.NodeId == node && b.Assignee == assignee);
        return await host.Engine.ResumeAsync(bookmark.Id, new ResumeInput(assignee, outcome, comment), instanceId);
    }

    /// <summary>Completes a task and checks that the engine took it.</summary>
    public static async Task<RunResult> DoAsync(this TestHost host, string instanceId, string node, string outcome = "Done")
    {
        var result = await host.CompleteAsync(instanceId, node, outcome);
        result.Succeeded.ShouldBeTrue(result.Message);
        return result;
    }

    /// <summary>The incidents raised for an instance, oldest first, as (node, message).</summary>
    public static async Task<List<(string? Node, string Message)>> IncidentsAsync(this TestHost host, string instanceId) =>
        [.. (await host.Get<IInstanceQueries>().IncidentsAsync(instanceId)).Select(i => (i.NodeId, i.Message))];

    /// <summary>The journal as (node, event, actor) triples.</summary>
    public static async Task<List<(string? Node, string Event, string? Actor)>> ActorsAsync(this TestHost host, string instanceId) =>
        [.. (await host.JournalAsync(instanceId)).Select(j => (j.NodeId, j.Event, j.Actor))];

    /// <summary>Moves the fake clock and fires every wake-up that has come due.</summary>
    public static async Task<int> AdvanceAsync(this TestHost host, TimeSpan by)
    {
        host.Clock.Advance(by);
        return await host.Engine.FireDueAsync(host.Clock.GetUtcNow());
    }
}
