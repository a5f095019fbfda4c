namespace DienHong.Engine.Definitions;

/// <summary>
/// One known key of an <see cref="ObjectShape"/>: the kind of its value and, when the value is an object (or a
/// list of objects), their shape. A duration whose amount may be 0 says so (<see cref="ZeroAllowed"/>).
/// </summary>
public sealed record ShapeField(string Name, PropertyKind Kind = PropertyKind.Json, ObjectShape? Shape = null)
{
    public bool ZeroAllowed { get; init; }

    /// <summary>The shape of the value: the declared one, else the one its kind implies (a duration, an assignee, a text).</summary>
    public ObjectShape? ValueShape => Shape ?? Kind switch
    {
        PropertyKind.Duration => DefinitionShapes.Duration,
        PropertyKind.Assignee => DefinitionShapes.Assignee,
        PropertyKind.Text or PropertyKind.LocalizedText or PropertyKind.Template => DefinitionShapes.Text,
        _ => null,
    };
}
