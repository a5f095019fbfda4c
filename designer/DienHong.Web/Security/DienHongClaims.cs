namespace DienHong.Web.Security;

/// <summary>
/// The claims (thông tin xác thực) a signed-in account carries: the person of the organisation model it stands for,
/// and the application roles, which are separate from the roles people hold in agencies.
/// </summary>
public static class DienHongClaims
{
    /// <summary>The person id of the organisation model (mã cán bộ) the account belongs to.</summary>
    public const string Person = "person";

    /// <summary>Present while the account still has a temporary password it must change (mật khẩu tạm thời).</summary>
    public const string MustChangePassword = "must-change-password";

    /// <summary>Maintains workflow definitions everywhere (quản trị quy trình), as an application role.</summary>
    public const string WorkflowAdmin = "workflow-admin";

    /// <summary>Runs the server: job dashboard, operations (quản trị hệ thống). Acts on no case.</summary>
    public const string SystemAdmin = "system-admin";

    /// <summary>The application roles an account may be given.</summary>
    public static readonly IReadOnlyList<string> AppRoles = [WorkflowAdmin, SystemAdmin];
}
