using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Store.Tests;

/// <summary>Seals: a row changed outside the engine is refused on load and named by verify.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task A_row_changed_outside_the_engine_is_not_run_and_fails_verify()
    {
        await PublishReviewAsync();
        var id = await StartReviewAsync("a");
        var bookmark = (await Runs.LoadAsync(id))!.Bookmarks.Single().Id;
        (await VerifyAsync()).ShouldBeEmpty();

        (await ExecuteOutsideTheEngineAsync("UPDATE instances SET status = 'Completed' WHERE id = @id", id)).ShouldBe(1);

        await Should.ThrowAsync<InstanceTamperedException>(async () => await Runs.LoadAsync(id));
        (await Engine.ResumeAsync(bookmark, new ResumeInput("a", "Done", null), id)).Status.ShouldNotBe(RunStatus.Ok);
        (await VerifyAsync()).ShouldNotBeEmpty();
    }
}
