namespace DienHong.Engine.Definitions;

/// <summary>
/// The known keys (khoá hợp lệ) of one kind of JSON object in a definition: a duration, an assignee, an edge, a
/// reminder... Declared once, next to the code that reads the object, and used by the validator to refuse unknown
/// keys; <see cref="Name"/> is the JSON Schema's <c>$defs</c> entry, which a test keeps in agreement.
/// </summary>
public sealed record ObjectShape(string Name, IReadOnlyList<ShapeField> Fields)
{
    /// <summary>
    /// For a map whose keys are free (e.g. <c>layout</c>, keyed by node id): the shape of every value. A map
    /// without it accepts any key and any value.
    /// </summary>
    public ObjectShape? Values { get; init; }

    public bool FreeKeys { get; init; }

    public ShapeField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>A map with free keys, each value of <paramref name="values"/> (or anything, when null).</summary>
    public static ObjectShape Map(string name, ObjectShape? values = null) => new(name, []) { Values = values, FreeKeys = true };
}
