using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Storage;

namespace DienHong.Simulation;

/// <summary>The instance as a step sees it (trạng thái hồ sơ): status, outcome, variables, open bookmarks, and the clock.</summary>
internal sealed record InstanceSnapshot(string Status, string? Outcome, JsonObject Vars, IReadOnlyList<BookmarkRecord> Bookmarks, DateTimeOffset Now)
{
    public static InstanceSnapshot NotStarted(DateTimeOffset now) => new("NotStarted", null, [], [], now);

    public IEnumerable<BookmarkRecord> Tasks => Bookmarks.Where(b => b.Kind == BookmarkKind.Task);

    public IReadOnlyList<string> OpenTaskNodes => Tasks.Select(b => b.NodeId).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> OverdueNodes => Tasks.Where(b => b.DueAt <= Now).Select(b => b.NodeId).Distinct().Order(StringComparer.Ordinal).ToList();

    public static InstanceSnapshot From(LoadedInstance loaded, DateTimeOffset now) => new(
        loaded.Instance.Status.ToString(),
        loaded.Instance.Outcome,
        JsonNode.Parse(loaded.Instance.Variables) as JsonObject ?? [],
        loaded.Bookmarks,
        now);
}
