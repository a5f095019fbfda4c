using DienHong.Web.Application.Organisation;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>A role an assignee may name (vai trò), with who holds it in the agency when the person may see them.</summary>
public sealed record RoleChoice(string Role, IReadOnlyList<PersonItem> Holders);
