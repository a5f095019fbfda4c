namespace DienHong.Engine.Runtime;

/// <summary>Abandons a run whose request is not acceptable; nothing of it is saved.</summary>
internal sealed class RunRejectedException(Refusal refusal) : Exception(refusal.Message())
{
    public RunRejectedException(string message)
        : this(new Refusal(RefusalCodes.ActivityRejected, message))
    {
    }

    public Refusal Refusal { get; } = refusal;
}
