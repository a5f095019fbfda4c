namespace DienHong.Engine.Storage;

/// <summary>Another writer changed the instance first (or took its correlation key); this run was not saved.</summary>
public sealed class ConcurrencyConflictException(string message, bool duplicateCorrelation = false) : Exception(message)
{
    public bool DuplicateCorrelation { get; } = duplicateCorrelation;
}
