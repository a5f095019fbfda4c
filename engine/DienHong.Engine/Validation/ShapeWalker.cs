using System.Text.Json;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Validation;

/// <summary>
/// Walks a JSON value along its <see cref="ObjectShape"/>: every key the shape knows is visited with its field
/// (so durations and dates can be checked wherever they are), every key it does not know is reported. Lists
/// of objects are walked item by item. Paths are for people (<c>reminders[0].before</c>), pointers for lines.
/// </summary>
internal sealed class ShapeWalker(Action<ShapeWalker.Place, ShapeField> known, Action<ShapeWalker.Place, ObjectShape> unknown)
{
    public void Walk(JsonElement value, ObjectShape shape, Place place)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Walk(item, shape, place.Item(i++));
                }

                return;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    var child = place.Key(property.Name);
                    if (shape.FreeKeys)
                    {
                        if (shape.Values is { } values)
                        {
                            Walk(property.Value, values, child);
                        }
                    }
                    else if (shape.Field(property.Name) is { } field)
                    {
                        Visit(property.Value, field, child);
                    }
                    else
                    {
                        unknown(child, shape);
                    }
                }

                return;
        }
    }

    /// <summary>Visits a known key's value and walks into it along the field's shape.</summary>
    public void Visit(JsonElement value, ShapeField field, Place place)
    {
        known(place with { Value = value }, field);
        if (field.ValueShape is { } shape)
        {
            Walk(value, shape, place);
        }
    }

    /// <summary>Where a value is: its JSON pointer, its path as people read it, the key it is under, and the value.</summary>
    public readonly record struct Place(string Pointer, string Path, string Name = "", JsonElement Value = default)
    {
        public Place Key(string name) =>
            new($"{Pointer}/{name.Replace("~", "~0").Replace("/", "~1")}", Path.Length == 0 ? name : $"{Path}.{name}", name);

        public Place Item(int index) => new($"{Pointer}/{index}", $"{Path}[{index}]", Name);
    }
}
