using DienHong.Engine.Definitions;

namespace DienHong.Engine.Activities;

/// <summary>One key of an action's data (dữ liệu thao tác), e.g. <c>to</c> of a delegation, with its kind and whether it must be there.</summary>
public sealed record ActionField(string Name, PropertyKind Kind, bool Required = false);
