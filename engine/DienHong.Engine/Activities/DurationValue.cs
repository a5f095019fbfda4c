using DienHong.Calendar;

namespace DienHong.Engine.Activities;

/// <summary>A duration property: a literal, or an expression evaluated when the node runs.</summary>
public sealed record DurationValue(Duration? Literal, string? Expression);
