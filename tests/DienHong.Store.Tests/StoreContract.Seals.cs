using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>Seals: a row changed outside the engine is refused on load and named by verify.</summary>
public abstract partial class StoreContract
{
    /// <summary>Marks the instance completed in the database directly, as someone with access to it but not to the keys would.</summary>
    protected abstract Task ChangeOutsideTheEngineAsync(string instanceId);

    [StoreFact]
    public async Task A_row_changed_outside_the_engine_is_not_run_and_fails_verify()
    {
        await PublishReviewAsync();
        var id = await StartReviewAsync("a");
        var bookmark = (await Runs.LoadAsync(id))!.Bookmarks.Single().Id;
        (await VerifyAsync(Services)).ShouldBeEmpty();

        await ChangeOutsideTheEngineAsync(id);

        await Should.ThrowAsync<InstanceTamperedException>(async () => await Runs.LoadAsync(id));
        (await Engine.ResumeAsync(bookmark, new ResumeInput("a", "Done", null), id)).Status.ShouldNotBe(RunStatus.Ok);
        (await VerifyAsync(Services)).ShouldNotBeEmpty();
    }
}
