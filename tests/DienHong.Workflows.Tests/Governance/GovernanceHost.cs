using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using Shouldly;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>Shorthands the Disclosure and Consultation tests share: small flows, submissions, the clock.</summary>
internal static class GovernanceHost
{
    public static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    /// <summary>Start → <paramref name="node"/> → an End per outcome (the instance's outcome is the node's outcome).</summary>
    public static string Flow(string key, string node, string[] outcomes, string variables = "[]") => Workflow(key,
        string.Join(",", [Node("start", "Start"), node, .. outcomes.Select(o => Node("end-" + o.ToLowerInvariant(), "End", $$""", "outcome": "{{o}}" """))]),
        string.Join(",", [Edge("start", "gov"), .. outcomes.Select(o => Edge("gov", "end-" + o.ToLowerInvariant(), o))]),
        variables);

    public static async Task<string> RunAsync(this TestHost host, string json, string key)
    {
        await host.PublishAsync(json);
        var started = await host.StartAsync(key);
        started.Succeeded.ShouldBeTrue(started.Message);
        return started.InstanceId!;
    }

    public static async Task<BookmarkRecord> OpenAsync(this TestHost host, string instanceId) =>
        (await host.Store.LoadAsync(instanceId))!.Bookmarks.Single(b => b.NodeId == "gov");

    /// <summary>The open task of the node whose payload names it <paramref name="task"/> (a Disclosure's <c>post</c>, <c>reply</c>, <c>take-down</c>).</summary>
    public static async Task<BookmarkRecord> TaskAsync(this TestHost host, string instanceId, string task) =>
        (await host.Store.LoadAsync(instanceId))!.Bookmarks.Single(b => b.NodeId == "gov" && JsonNode.Parse(b.Payload!)!["task"]?.ToString() == task);

    /// <summary>Sends an action (<c>object</c>, <c>opine</c>, <c>vote</c>) to the open bookmark of the node that offers it.</summary>
    public static async Task<RunResult> SubmitAsync(this TestHost host, string instanceId, string action, string? actor, string text, bool anonymous = false)
    {
        var bookmarks = (await host.Store.LoadAsync(instanceId))!.Bookmarks.Where(b => b.NodeId == "gov").ToList();
        var open = bookmarks.FirstOrDefault(b => TaskOffer.Read(b.Payload)?.Actions.Contains(action) == true) ?? bookmarks[0];
        var data = new JsonObject { ["text"] = text, ["anonymous"] = anonymous };
        return await host.Engine.ResumeAsync(open.Id, new ResumeInput(actor, Data: data, Action: action), instanceId);
    }

    public static async Task<InstanceRecord> InstanceAsync(this TestHost host, string instanceId) =>
        (await host.Store.LoadAsync(instanceId))!.Instance;

    /// <summary>Sets the clock to <paramref name="at"/> and fires what has come due.</summary>
    public static async Task<int> AtAsync(this TestHost host, DateTimeOffset at)
    {
        host.Clock.SetUtcNow(at);
        return await host.Engine.FireDueAsync(at);
    }

    public static async Task<List<string>> EventsAsync(this TestHost host, string instanceId) =>
        [.. (await host.JournalAsync(instanceId)).Where(j => j.NodeId == "gov").Select(j => j.Event)];

    /// <summary>Stored JSON with its non-ASCII letters unescaped, to search it for a text.</summary>
    public static string Readable(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static DateTimeOffset Local(int month, int day, int hour = 0, int minute = 0) => new(2027, month, day, hour, minute, 0, Hanoi);
}
