using DienHong.Calendar;

namespace DienHong.Engine.Activities;

/// <summary>One property of an activity type, with the kind of value it takes.</summary>
public sealed record PropertyDescriptor(string Name, PropertyKind Kind, bool Required, LocalizedText Description);
