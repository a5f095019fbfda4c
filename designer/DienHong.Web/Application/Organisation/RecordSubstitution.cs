namespace DienHong.Web.Application.Organisation;

/// <summary>
/// A request to record a substitution (ghi nhận phân công thay thế): in <see cref="Agency"/>, <see cref="SubstituteId"/>
/// acts for <see cref="PersonId"/> from <see cref="From"/> to <see cref="To"/> inclusive.
/// </summary>
public sealed record RecordSubstitution(string? Agency, string? PersonId, string? SubstituteId, DateOnly? From, DateOnly? To, string? Reason);
