namespace DienHong.Engine.Storage;

/// <summary>
/// An incident (sự cố): a node faulted; the instance waits for an operator to retry or cancel it.
/// <see cref="Message"/> is the failure in the engine's neutral language (English), <see cref="Code"/> and the
/// journal's data let a reader word it in theirs; a thrown exception keeps its type and stack.
/// </summary>
public sealed record IncidentRecord(string Id, string InstanceId, string? NodeId, string Message, DateTimeOffset At)
{
    /// <summary>The incident code, e.g. <c>expression.failed</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The full name of the exception the failure came from, if any.</summary>
    public string? ExceptionType { get; init; }

    public string? StackTrace { get; init; }
}
