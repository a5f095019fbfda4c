using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>A Disclosure node's configuration, read once per definition version.</summary>
/// <param name="Channels">The literal channels, or null when <c>channels</c> is an expression evaluated at run time.</param>
public sealed record DisclosureConfig(
    DurationValue Period,
    DurationValue StartWithin,
    IReadOnlyList<string>? Channels,
    string Audience,
    string? Category,
    bool UnionReview,
    string? ResultVariable);
