namespace DienHong.Web.Application.Organisation;

/// <summary>An out-of-office substitution (phân công thay thế khi vắng mặt) of someone in the agency.</summary>
public sealed record SubstitutionItem(PersonItem Absent, PersonItem Substitute, DateOnly From, DateOnly To, string? Reason);
