namespace DienHong.Workflows.Organization;

/// <summary>The roles (vai trò) a person may hold in an agency; a person may hold several roles in several agencies.</summary>
public static class Roles
{
    /// <summary>Head of the agency or unit (người đứng đầu, thủ trưởng).</summary>
    public const string Head = "head";

    /// <summary>Deputy head (cấp phó).</summary>
    public const string Deputy = "deputy";

    /// <summary>Personnel and organisation staff (tổ chức cán bộ).</summary>
    public const string Hr = "hr";

    /// <summary>Trade-union chair (chủ tịch công đoàn).</summary>
    public const string UnionChair = "union-chair";

    /// <summary>Member of the trade-union executive committee (ban chấp hành công đoàn).</summary>
    public const string UnionCommittee = "union-committee";

    /// <summary>Member of the People's Inspection Board (ban thanh tra nhân dân).</summary>
    public const string InspectionBoard = "inspection-board";

    /// <summary>Chief accountant (kế toán).</summary>
    public const string Accountant = "accountant";

    /// <summary>Every staff member (cán bộ, công chức, viên chức, người lao động).</summary>
    public const string Staff = "staff";

    /// <summary>Maintains workflow definitions (quản trị quy trình).</summary>
    public const string WorkflowAdmin = "workflow-admin";

    public static readonly IReadOnlyList<string> All = [Head, Deputy, Hr, UnionChair, UnionCommittee, InspectionBoard, Accountant, Staff, WorkflowAdmin];
}
