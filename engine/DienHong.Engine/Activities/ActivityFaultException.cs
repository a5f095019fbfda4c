using DienHong.Engine.Runtime;

namespace DienHong.Engine.Activities;

/// <summary>
/// A coded failure thrown from deep inside an activity's helpers (a date that is not one, an assignee that is
/// nobody, a phase change the table forbids): the node faults with <see cref="Failure"/>, as if the activity had
/// returned <see cref="ActivityResult.Fault(Runtime.Failure)"/>.
/// </summary>
public sealed class ActivityFaultException(Failure failure) : Exception(failure.Message(System.Globalization.CultureInfo.InvariantCulture))
{
    public Failure Failure { get; } = failure;
}
