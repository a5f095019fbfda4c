using Jint;

namespace DienHong.Engine.Expressions;

/// <summary>
/// Checked before every statement: a script that recurses by any route (calls, getters, coercions, proxy traps,
/// bound functions) runs statements at every level, so it is stopped once it has used its stack budget, long
/// before the thread's stack runs out and with room left to unwind.
/// </summary>
internal sealed class StackBudget(SandboxGuard guard) : Constraint
{
    public override void Check() => guard.CheckStack();

    public override void Reset()
    {
    }
}
