namespace DienHong.Web.Application.Administration;

/// <summary>
/// A substitution recorded through the API (phân công thay thế khi vắng mặt, ghi nhận qua API): while
/// <see cref="PersonId"/> is away from <see cref="From"/> to <see cref="To"/> inclusive, <see cref="SubstituteId"/>
/// acts for them in <see cref="Agency"/>; who recorded it and when.
/// </summary>
public sealed class RecordedSubstitution
{
    public required string Id { get; init; }

    public required string Agency { get; init; }

    public required string PersonId { get; init; }

    public required string SubstituteId { get; init; }

    public required DateOnly From { get; init; }

    /// <summary>The last day; ending the absence early moves it back.</summary>
    public required DateOnly To { get; set; }

    public string? Reason { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
