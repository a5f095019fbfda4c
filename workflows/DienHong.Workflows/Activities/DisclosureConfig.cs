using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A Disclosure node's configuration, read once per definition version. <see cref="Channels"/> is null when the
/// node's <c>channels</c> is an expression, evaluated at run time.
/// </summary>
public sealed record DisclosureConfig(
    DurationValue Period,
    DurationValue StartWithin,
    IReadOnlyList<string>? Channels,
    string Audience,
    string? Category,
    bool UnionReview,
    string? ResultVariable);
