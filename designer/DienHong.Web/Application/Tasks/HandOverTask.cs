namespace DienHong.Web.Application.Tasks;

/// <summary>
/// A task handed to someone else (chuyển giao): to a person by id for a delegation, to <c>role:&lt;role&gt;</c> or
/// <c>user:&lt;id&gt;</c> for a reassignment, with a reason.
/// </summary>
public sealed record HandOverTask(string? To, string? Reason = null);
