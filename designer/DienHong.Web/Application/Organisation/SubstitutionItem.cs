namespace DienHong.Web.Application.Organisation;

/// <summary>
/// An out-of-office substitution (phân công thay thế khi vắng mặt) of someone in the agency; <see cref="Id"/> is set
/// for one recorded through the API (which can be ended early), null for one declared in the organisation file.
/// </summary>
public sealed record SubstitutionItem(PersonItem Absent, PersonItem Substitute, DateOnly From, DateOnly To, string? Reason, string? Id = null);
