using DienHong.Engine.Activities;
using DienHong.Engine.Storage;

namespace DienHong.Scheduling.Tests;

/// <summary>A store whose next commit, once armed, waits for the test to release it (to hold a run mid-commit).</summary>
public sealed class GatedStore(IWorkflowStore inner) : IWorkflowStore
{
    private TaskCompletionSource<RunChanges>? entered;
    private TaskCompletionSource? release;

    /// <summary>Arms the gate; the returned task completes with the changes when the next commit reaches it.</summary>
    public Task<RunChanges> Arm()
    {
        entered = new TaskCompletionSource<RunChanges>(TaskCreationOptions.RunContinuationsAsynchronously);
        release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return entered.Task;
    }

    public void Release() => release?.TrySetResult();

    public async ValueTask CommitAsync(RunChanges changes, CancellationToken cancellationToken = default)
    {
        if (entered is { } gate && release is { } open)
        {
            entered = null;
            gate.TrySetResult(changes);
            await open.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        await inner.CommitAsync(changes, cancellationToken);
    }

    public ValueTask<LoadedInstances> LoadManyAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default) =>
        inner.LoadManyAsync(instanceIds, cancellationToken);

    public ValueTask<StoredDefinition?> GetDefinitionAsync(string definitionId, CancellationToken cancellationToken = default) =>
        inner.GetDefinitionAsync(definitionId, cancellationToken);

    public ValueTask<StoredDefinition?> GetPublishedAsync(string key, int? version, CancellationToken cancellationToken = default) =>
        inner.GetPublishedAsync(key, version, cancellationToken);

    public ValueTask<DefinitionVersion?> FindVersionAsync(string key, int? version, CancellationToken cancellationToken = default) =>
        inner.FindVersionAsync(key, version, cancellationToken);

    public ValueTask<string?> FindInstanceOfBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        inner.FindInstanceOfBookmarkAsync(bookmarkId, cancellationToken);

    public ValueTask<LoadedInstance?> LoadAsync(string instanceId, CancellationToken cancellationToken = default) =>
        inner.LoadAsync(instanceId, cancellationToken);

    public ValueTask<IReadOnlyList<DueWake>> DueAsync(DateTimeOffset until, int max, CancellationToken cancellationToken = default) =>
        inner.DueAsync(until, max, cancellationToken);

    public ValueTask<IReadOnlyList<BookmarkRecord>> FindBookmarksAsync(BookmarkKind kind, string key, string? instanceId, CancellationToken cancellationToken = default) =>
        inner.FindBookmarksAsync(kind, key, instanceId, cancellationToken);

    public ValueTask<string?> FindInstanceByCorrelationAsync(string correlationKey, CancellationToken cancellationToken = default) =>
        inner.FindInstanceByCorrelationAsync(correlationKey, cancellationToken);
}
