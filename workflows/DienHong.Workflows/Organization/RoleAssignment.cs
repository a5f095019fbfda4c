namespace DienHong.Workflows.Organization;

/// <summary>A person holds a role in an agency (phân công vai trò).</summary>
public sealed record RoleAssignment(string PersonId, string AgencyId, string Role);
