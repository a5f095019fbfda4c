using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Validation;

/// <summary>
/// Nothing in a definition is silently ignored: every key at every level must be one its shape declares (the top
/// level, variables, legal bases, edges and layout by <see cref="DefinitionShapes"/>; a node by the keys every
/// node has and its type's descriptor; nested objects by the shapes the descriptors declare). An unknown key is an
/// error that suggests the closest known name. On the way, every duration and date is checked for its range.
/// </summary>
internal static class ShapeCheck
{
    public static void Check(JsonElement root, ActivityRegistry activities, DefinitionLimits limits, FindingSink sink)
    {
        var ranges = new RangeCheck(limits, sink);
        var top = new ShapeWalker(ranges.Check, (place, shape) => Unknown(place, shape, null, sink));
        top.Walk(root, DefinitionShapes.Definition, new ShapeWalker.Place(string.Empty, string.Empty));
        if (!root.TryGetProperty("nodes", out var nodes) || nodes.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var node in nodes.EnumerateArray())
        {
            var place = new ShapeWalker.Place($"/nodes/{index++}", string.Empty);
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String
                || activities.Find(t.GetString()!) is not { } activity)
            {
                // A node of no known type is reported as such; its keys cannot be judged.
                continue;
            }

            var type = activity.Descriptor.Type;
            var shape = new ObjectShape(type, [.. CommonNodeProperties.Fields, .. activity.Descriptor.Properties.Select(p => p.AsField())]);
            var walker = new ShapeWalker(ranges.Check, (at, owner) => Unknown(at, owner, type, sink));
            walker.Walk(node, shape, place);
        }
    }

    private static void Unknown(ShapeWalker.Place place, ObjectShape owner, string? type, FindingSink sink)
    {
        // A duration with a wrong key is the duration rule's, whose message lists every kind: one mistake, one error.
        if (owner != DefinitionShapes.Duration)
        {
            sink.Error(place.Pointer, "unknown-property", Message(place, owner, type));
        }
    }

    private static string Message(ShapeWalker.Place place, ObjectShape owner, string? type)
    {
        var known = owner.Fields.Select(f => f.Name).ToList();
        var unknown = type is null
            ? Text.Format(ValidationMessages.UnknownProperty, place.Path)
            : Text.Format(ValidationMessages.UnknownNodeProperty, place.Path, type);
        var hint = NameSuggestion.Closest(place.Name, known) is { } suggestion
            ? Text.Format(ValidationMessages.DidYouMean, suggestion)
            : Text.Format(ValidationMessages.KnownProperties, string.Join(", ", known));
        return $"{unknown}: {hint}";
    }
}
