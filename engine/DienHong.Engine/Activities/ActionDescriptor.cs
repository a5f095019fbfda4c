using DienHong.Calendar;

namespace DienHong.Engine.Activities;

/// <summary>
/// An action (thao tác) people can take on an open task besides deciding it: claim, delegate, object, opine, vote...
/// Declared once in the activity's descriptor; the engine checks an incoming action against it (offered by the
/// bookmark, its data's keys and kinds, a person named when <see cref="NeedsActor"/>) before the activity sees it.
/// </summary>
public sealed record ActionDescriptor(string Name, LocalizedText Label)
{
    /// <summary>Whether a person must be named (not an anonymous or unnamed request).</summary>
    public bool NeedsActor { get; init; } = true;

    /// <summary>The keys of the action's data the engine checks; other keys pass untouched.</summary>
    public IReadOnlyList<ActionField> Data { get; init; } = [];
}
