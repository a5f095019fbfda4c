namespace DienHong.Workflows.Organization;

/// <summary>While a person is out of office (vắng mặt) from <see cref="From"/> to <see cref="To"/> inclusive, the substitute acts for them.</summary>
public sealed record Substitution(string PersonId, string SubstituteId, DateOnly From, DateOnly To, string? Reason);
