using DienHong.Engine.Runtime;

namespace DienHong.Engine.Activities;

/// <summary>
/// The phases of a long-running activity and the moves between them (bảng chuyển giai đoạn), declared once:
/// <c>new PhaseTable&lt;P&gt;().Permit(P.Open, P.Review)</c>. A move the table does not permit faults the node with
/// <c>activity.illegal-transition</c>, naming the phase it was in.
/// </summary>
public sealed class PhaseTable<TPhase>
    where TPhase : struct, Enum
{
    private readonly HashSet<(TPhase From, TPhase To)> permitted = [];

    public PhaseTable<TPhase> Permit(TPhase from, TPhase to)
    {
        permitted.Add((from, to));
        return this;
    }

    public bool Permits(TPhase from, TPhase to) => permitted.Contains((from, to));

    /// <summary>The phase after the move; throws a coded fault for a move the table does not permit.</summary>
    public TPhase Move(ActivityContext context, TPhase from, TPhase to) =>
        Permits(from, to)
            ? to
            : throw new ActivityFaultException(new Failure(IncidentCodes.IllegalTransition, [context.NodeId, Name(from), Name(to)]));

    private static string Name(TPhase phase) => phase.ToString().ToLowerInvariant();
}
