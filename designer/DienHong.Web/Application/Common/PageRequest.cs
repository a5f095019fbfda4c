namespace DienHong.Web.Application;

/// <summary>
/// Which page of a list (trang): at most <see cref="PageSize"/> items (capped at <see cref="Max"/>) after the
/// cursor <see cref="After"/>, the <c>next</c> of the page before.
/// </summary>
public sealed record PageRequest(int? PageSize = null, string? After = null)
{
    public const int Default = 50;

    public const int Max = 100;

    /// <summary>The size asked for, within the cap.</summary>
    public int Size => Math.Min(PageSize ?? Default, Max);

    /// <summary>Why the request cannot be served (a size below one), or null.</summary>
    public ServiceRefusal? Problem => PageSize < 1 ? new ServiceRefusal(RefusalKind.Invalid, AppRefusals.PageSize, Max, PageSize) : null;
}
