namespace DienHong.Web.Application.Organisation;

/// <summary>A role in an agency (vai trò) with who holds it and who acts in it today for an absent holder.</summary>
public sealed record RoleItem(string Role, IReadOnlyList<PersonItem> Holders, IReadOnlyList<PersonItem> ActingToday);
