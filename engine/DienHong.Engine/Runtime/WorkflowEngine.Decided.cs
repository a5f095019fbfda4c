using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>A resume whose input the caller decides from the instance the run reads, under its lock.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Resumes bookmark <paramref name="bookmarkId"/> of instance <paramref name="instanceId"/> with the input that
    /// <paramref name="decide"/> makes from the instance as this run read it, under the instance's lock (tiếp tục sau
    /// khi người gọi xét): the caller's own checks (who sees the case, who may act on the task) read the very state the
    /// run starts from, and the instance is read once. <paramref name="decide"/> returns null to decline: nothing runs,
    /// and the result is <see cref="RunStatus.Rejected"/> with <see cref="RefusalCodes.ResumeDeclined"/> (the caller
    /// keeps its own reason). The engine's checks then follow as in <see cref="ResumeAsync(string, ResumeInput, string?, CancellationToken)"/>:
    /// the reserved actor, an open bookmark (else <see cref="RunStatus.AlreadyConsumed"/>), a faulted instance, who may
    /// act, and the row version at the commit. A missing instance is <see cref="RunStatus.NotFound"/> and one that
    /// fails its seal <see cref="RunStatus.Tampered"/>, without calling <paramref name="decide"/>.
    /// </summary>
    public async Task<RunResult> ResumeAsync(
        string instanceId, string bookmarkId, Func<LoadedInstance, CancellationToken, ValueTask<ResumeInput?>> decide, CancellationToken cancellationToken = default)
    {
        var result = await WithInstanceAsync(instanceId, null, Operation.Resume, async (loaded, now) =>
        {
            if (await decide(loaded, cancellationToken).ConfigureAwait(false) is not { } input)
            {
                return Refused(RunStatus.Rejected, new Refusal(RefusalCodes.ResumeDeclined, bookmarkId), instanceId, Operation.Resume);
            }

            return !input.IsWake && Reserved(input.Actor) is { } reserved
                ? Refused(RunStatus.Rejected, reserved, instanceId, Operation.Resume)
                : await ResumeLoadedAsync(loaded, now, bookmarkId, input, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            EngineLog.Resumed(log, bookmarkId, instanceId, result.InstanceStatus);
        }

        return result;
    }
}
