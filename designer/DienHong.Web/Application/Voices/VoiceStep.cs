using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Voices;

/// <summary>
/// A consultation or a ballot as read (một đợt lấy ý kiến hoặc biểu quyết): the entry that opened it with its plan,
/// its case, its open task while it runs, and, when read alone, the journal entries of its node that followed
/// (<see cref="Later"/>: the summary, the response, the count); a list reads no more than the opening. While it
/// waits, <see cref="InstanceState"/> is its instance's run state: what the activity keeps (who has voted).
/// </summary>
public sealed record VoiceStep(
    string Id,
    string InstanceId,
    string NodeId,
    string DefinitionId,
    string DefinitionKey,
    string? Agency,
    string? CorrelationKey,
    DateTimeOffset OpenedAt,
    JsonObject Plan,
    BookmarkRecord? OpenTask,
    IReadOnlyList<JournalEntry> Later,
    string? InstanceState)
{
    /// <summary>Whether the open task offers <paramref name="action"/> (an opinion, a ballot).</summary>
    public bool Offers(string action) => TaskOffer.Read(OpenTask?.Payload)?.Actions.Contains(action) == true;

    /// <summary>The last entry of <paramref name="event"/> that followed the opening, or null.</summary>
    public JournalEntry? After(string @event) => Later.LastOrDefault(e => e.Event == @event);

    /// <summary>Whether <paramref name="taken"/> says yes of the open task's node instance, from the run state; false once it has ended.</summary>
    public bool Holds(Func<string, string, bool> taken) => OpenTask is { } task && InstanceState is { } state && taken(state, task.NodeInstanceId);

    public static VoiceStep Of(StepRun run) => new(
        VoiceId.Of(run.InstanceId, run.Seq), run.InstanceId, run.NodeId, run.DefinitionId, run.DefinitionKey, run.Agency, run.CorrelationKey, run.At,
        Parse(run.Data), run.OpenTask, [], run.InstanceState);

    public static JsonObject Parse(string? data) => (data is null ? null : JsonNode.Parse(data) as JsonObject) ?? [];
}
