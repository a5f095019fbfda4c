namespace DienHong.Web.Application.Tasks;

/// <summary>
/// A task's id in the API (mã nhiệm vụ): its case and its bookmark, <c>&lt;instance&gt;.&lt;bookmark&gt;</c>. The case
/// in the id tells a task completed already (its case is there, the bookmark closed) from one that never was.
/// </summary>
public static class TaskId
{
    public static string Of(string instanceId, string bookmarkId) => instanceId + "." + bookmarkId;

    public static bool TryParse(string? id, out string instanceId, out string bookmarkId)
    {
        var dot = id?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        (instanceId, bookmarkId) = dot > 0 && dot < id!.Length - 1 ? (id[..dot], id[(dot + 1)..]) : (string.Empty, string.Empty);
        return instanceId.Length > 0;
    }
}
