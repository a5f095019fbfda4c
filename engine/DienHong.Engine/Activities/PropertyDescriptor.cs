using DienHong.Calendar;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Activities;

/// <summary>
/// One property of an activity type, with the kind of value it takes. A property whose value is an object (or a
/// list of objects) the activity reads itself declares their <see cref="Shape"/>, so that unknown keys in it are
/// refused; a duration that may be 0 says so (<see cref="ZeroAllowed"/>).
/// </summary>
public sealed record PropertyDescriptor(string Name, PropertyKind Kind, bool Required, LocalizedText Description)
{
    public ObjectShape? Shape { get; init; }

    public bool ZeroAllowed { get; init; }

    /// <summary>This property as a key of the node's shape.</summary>
    public ShapeField AsField() => new(Name, Kind, Shape) { ZeroAllowed = ZeroAllowed };
}
