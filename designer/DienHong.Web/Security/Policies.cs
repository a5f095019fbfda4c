using Microsoft.AspNetCore.Authorization;

namespace DienHong.Web.Security;

/// <summary>
/// The authorisation policies (chính sách phân quyền). Named ones guard pages and endpoints; the agency-bound ones
/// are built per request (<see cref="InAgency"/>, <see cref="HasRole"/>, <see cref="WorkflowAdmin"/>) and checked
/// with <see cref="IAuthorizationService"/> against the agency the request is about.
/// </summary>
public static class Policies
{
    /// <summary>Maintains workflow definitions somewhere (the designer).</summary>
    public const string WorkflowAdminAnywhere = "workflow-admin";

    /// <summary>Runs the server (the job dashboard).</summary>
    public const string SystemAdmin = "system-admin";

    public static AuthorizationPolicy InAgency(string agencyId) => Require(new InAgencyRequirement(agencyId));

    public static AuthorizationPolicy HasRole(string agencyId, string role) => Require(new HasRoleRequirement(agencyId, role));

    /// <summary>Workflow administration for <paramref name="agencyId"/>, or for the whole district when null.</summary>
    public static AuthorizationPolicy WorkflowAdmin(string? agencyId) => Require(new WorkflowAdminRequirement(agencyId));

    /// <summary>Adds the named policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(WorkflowAdminAnywhere, WorkflowAdmin(null));
        options.AddPolicy(SystemAdmin, Require(new SystemAdminRequirement()));
    }

    private static AuthorizationPolicy Require(IPersonRequirement requirement) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(requirement).Build();
}
