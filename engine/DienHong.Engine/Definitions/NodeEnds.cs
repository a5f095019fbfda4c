using System.Text.Json;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Definitions;

/// <summary>
/// A node's <c>ends</c> (kết quả kết thúc hồ sơ): which of its outcomes end the case, and with which instance outcome,
/// e.g. <c>{ "Reject": "Rejected" }</c>; an outcome mapped to <c>null</c> ends only its own branch. An outcome that
/// no edge takes must be named here, so that no decision is ever dropped in silence.
/// </summary>
public static class NodeEnds
{
    public const string Property = "ends";

    private static readonly Dictionary<string, string?> None = new(StringComparer.Ordinal);

    /// <summary>The node's <c>ends</c> entries; a malformed one is reported to <paramref name="error"/> and left out.</summary>
    public static IReadOnlyDictionary<string, string?> Read(NodeDefinition node, Action<string> error)
    {
        if (!node.TryGetProperty(Property, out var ends))
        {
            return None;
        }

        if (ends.ValueKind != JsonValueKind.Object)
        {
            error(ValidationMessages.EndsShape);
            return None;
        }

        var read = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in ends.EnumerateObject())
        {
            switch (entry.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    read[entry.Name] = null;
                    break;
                case JsonValueKind.String when entry.Value.GetString() is { Length: > 0 } outcome && !outcome.StartsWith('='):
                    read[entry.Name] = outcome;
                    break;
                default:
                    error(Text.Format(ValidationMessages.EndsEntry, entry.Name));
                    break;
            }
        }

        return read;
    }
}
