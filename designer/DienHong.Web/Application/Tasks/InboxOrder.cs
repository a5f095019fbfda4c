using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Tasks;

/// <summary>The inbox's order, the store's: by due time (tasks without one last), then by bookmark id.</summary>
internal sealed class InboxOrder : IComparer<InboxTask>
{
    public static readonly InboxOrder Instance = new();

    public int Compare(InboxTask? x, InboxTask? y)
    {
        var due = (x!.DueAt ?? DateTimeOffset.MaxValue).CompareTo(y!.DueAt ?? DateTimeOffset.MaxValue);
        return due != 0 ? due : string.CompareOrdinal(x.BookmarkId, y.BookmarkId);
    }
}
