using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Tasks;

/// <summary>
/// Shows an open task bookmark as a <see cref="TaskItem"/> (hiển thị nhiệm vụ): the step's and workflow's names from
/// the case's definition, the offer and the form from the bookmark's payload, each action's label from its activity's descriptor.
/// </summary>
public sealed class TaskViews(DefinitionLookup definitions, ActivityRegistry activities, TimeProvider clock)
{
    public async ValueTask<TaskItem> ViewAsync(InstanceRecord instance, BookmarkRecord bookmark, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(instance.DefinitionId, cancellationToken).ConfigureAwait(false);
        var node = definition?.FindNode(bookmark.NodeId);
        var descriptor = node is null ? null : activities.Find(node.Type)?.Descriptor;
        var offer = TaskOffer.Read(bookmark.Payload) ?? new TaskOffer([], []);
        return new TaskItem(
            TaskId.Of(instance.Id, bookmark.Id),
            instance.Id,
            bookmark.NodeId,
            node?.Name ?? new LocalizedText(bookmark.NodeId),
            instance.DefinitionKey,
            instance.DefinitionVersion,
            definition?.Name ?? new LocalizedText(instance.DefinitionKey),
            instance.Agency,
            instance.CorrelationKey,
            bookmark.Assignee,
            bookmark.DueAt,
            bookmark.DueAt < clock.GetUtcNow(),
            bookmark.CreatedAt,
            offer.Outcomes,
            [.. offer.Actions.Select(a => new TaskAction(a, descriptor?.Action(a)?.Label ?? new LocalizedText(a)))])
        {
            Form = TaskForms.Read(bookmark.Payload),
        };
    }

    /// <summary>The open tasks among <paramref name="bookmarks"/>, by due time.</summary>
    public async ValueTask<IReadOnlyList<TaskItem>> OpenTasksAsync(InstanceRecord instance, IEnumerable<BookmarkRecord> bookmarks, CancellationToken cancellationToken = default)
    {
        var items = new List<TaskItem>();
        foreach (var bookmark in bookmarks.Where(b => b.Kind == BookmarkKind.Task).OrderBy(b => b.DueAt ?? DateTimeOffset.MaxValue).ThenBy(b => b.Id, StringComparer.Ordinal))
        {
            items.Add(await ViewAsync(instance, bookmark, cancellationToken).ConfigureAwait(false));
        }

        return items;
    }
}
