using Jint;

namespace DienHong.Engine.Expressions;

/// <summary>
/// The time limit of one evaluation. Unlike Jint's own timeout it is not renewed when the host calls into the
/// engine again, so converting the result (which may run <c>toJSON</c> and getters) shares the same deadline.
/// </summary>
internal sealed class SandboxDeadline(SandboxGuard guard) : Constraint
{
    /// <summary>It only reads the clock, so Jint may check it every few statements instead of before each.</summary>
    public override bool IsAmortizable => true;

    public override void Check() => guard.CheckTime();

    public override void Reset()
    {
    }
}
