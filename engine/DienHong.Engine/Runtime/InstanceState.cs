using System.Text.Json;
using System.Text.Json.Nodes;

namespace DienHong.Engine.Runtime;

/// <summary>
/// The run state an instance carries between runs besides its bookmarks: arrivals at joins that have not fired,
/// the state of node instances that wait on several bookmarks, and the tokens a fault left pending.
/// Most instances carry none of it, and then it is stored as <c>{}</c> and never parsed.
/// </summary>
internal sealed class InstanceState
{
    public const string Empty = "{}";

    /// <summary>The key a node state holding secrets carries (see <see cref="Activities.ActivityContext.HoldSecrets"/>).</summary>
    public const string SecretsKey = "$secrets";

    /// <summary>
    /// Whether a serialized state has a node state holding secrets. A text scan, cheap enough for every commit: JSON
    /// escapes quotes inside strings, so only a real key can read like this.
    /// </summary>
    public static bool HoldsSecrets(string state) => state.Contains("\"" + SecretsKey + "\":true", StringComparison.Ordinal);

    /// <summary>Join node id → indexes of the inbound edges that have arrived.</summary>
    public Dictionary<string, List<int>> Joins { get; } = new(StringComparer.Ordinal);

    /// <summary>Node instance id → that node instance's own state.</summary>
    public Dictionary<string, JsonObject> NodeStates { get; } = new(StringComparer.Ordinal);

    /// <summary>Tokens that had not run when the instance faulted: a retry runs them.</summary>
    public List<PendingToken> Pending { get; } = [];

    public bool IsEmpty => Joins.Count == 0 && NodeStates.Count == 0 && Pending.Count == 0;

    public static InstanceState Parse(string json)
    {
        var state = new InstanceState();
        if (json == Empty)
        {
            return state;
        }

        var root = JsonNode.Parse(json)!.AsObject();
        if (root["joins"] is JsonObject joins)
        {
            foreach (var (id, arrived) in joins)
            {
                state.Joins[id] = arrived!.AsArray().Select(a => a!.GetValue<int>()).ToList();
            }
        }

        if (root["nodes"] is JsonObject nodes)
        {
            foreach (var (id, s) in nodes)
            {
                state.NodeStates[id] = s!.DeepClone().AsObject();
            }
        }

        if (root["pending"] is JsonArray pending)
        {
            state.Pending.AddRange(pending.Select(p => new PendingToken(p!["node"]!.GetValue<string>(), p["edge"]!.GetValue<int>())));
        }

        return state;
    }

    public string Serialize()
    {
        if (IsEmpty)
        {
            return Empty;
        }

        var root = new JsonObject();
        if (Joins.Count > 0)
        {
            root["joins"] = new JsonObject(Joins.Select(j => KeyValuePair.Create(j.Key, (JsonNode?)new JsonArray(j.Value.Select(e => (JsonNode?)e).ToArray()))));
        }

        if (NodeStates.Count > 0)
        {
            root["nodes"] = new JsonObject(NodeStates.Select(n => KeyValuePair.Create(n.Key, (JsonNode?)n.Value.DeepClone())));
        }

        if (Pending.Count > 0)
        {
            root["pending"] = new JsonArray(Pending.Select(p => (JsonNode?)new JsonObject { ["node"] = p.Node, ["edge"] = p.Edge }).ToArray());
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
