using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Tests.Authoring;

/// <summary>A test node type that waits on a timer but forgot to handle resumes.</summary>
internal sealed class ForgetfulActivity() : Activity<ForgetfulActivity.Config, NoState>(
    Describe("Forgetful", new LocalizedText("Quên", "Forgetful"), new LocalizedText("Bước thử nghiệm.", "A test node."), "test") with { CanWait = true })
{
    protected override ActivityResult Execute(ActivityContext context, Config config, NoState state) =>
        ActivityResult.Wait(new NewBookmark(BookmarkKind.Timer, WakeAt: context.Now.AddHours(1), DueAt: context.Now.AddHours(1)));

    /// <summary>No properties.</summary>
    public sealed record Config;
}
