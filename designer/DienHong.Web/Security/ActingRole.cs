namespace DienHong.Web.Security;

/// <summary>A role a person acts in today because its holder (<see cref="ForPersonId"/>) is absent and named them substitute.</summary>
public sealed record ActingRole(string Role, string ForPersonId);
