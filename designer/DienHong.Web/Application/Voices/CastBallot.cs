namespace DienHong.Web.Application.Voices;

/// <summary>
/// A ballot to cast (phiếu biểu quyết): <see cref="Choice"/> (<c>yes</c>, <c>no</c> or <c>abstain</c>) for a
/// one-question ballot, <see cref="Choices"/> (one per question id) for a ballot with questions.
/// </summary>
public sealed record CastBallot(string? Choice = null, IReadOnlyDictionary<string, string>? Choices = null);
