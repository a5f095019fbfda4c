namespace DienHong.Web.Application.Tasks;

/// <summary>Which tasks an inbox shows (phạm vi hộp việc).</summary>
public enum InboxScope
{
    /// <summary>Tasks for the person and for the groups (roles) they hold or act in.</summary>
    All,

    /// <summary>Tasks for the person by name, and for absent colleagues they stand in for.</summary>
    Mine,

    /// <summary>Tasks for a role the person holds or acts in, in that role's agency (to claim).</summary>
    Groups,
}
