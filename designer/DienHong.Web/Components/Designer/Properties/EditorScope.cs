using System.Text.Json.Nodes;
using DienHong.Web.Security;

namespace DienHong.Web.Components.Designer.Properties;

/// <summary>What every editor of one node's panel shares (phạm vi chỉnh sửa): the definition (for the variables in scope), the agency the pickers look in, who is editing, and whether the panel only shows.</summary>
public sealed record EditorScope(JsonObject Definition, string NodeId, string? AgencyId, PersonAccess Access, bool ReadOnly);
