namespace DienHong.Persistence;

/// <summary>
/// Another process owns the database file (its lock file is locked), so this one may not write to it. Read-only
/// commands (journal verify, export) still work beside the owner.
/// </summary>
public sealed class DatabaseInUseException(string databasePath, string lockPath, int? holderProcessId)
    : Exception($"The database '{databasePath}' is in use by another process{(holderProcessId is { } pid ? $" (process {pid})" : string.Empty)}: only one process may open it for writing (lock file '{lockPath}').")
{
    public string DatabasePath { get; } = databasePath;

    public string LockPath { get; } = lockPath;

    /// <summary>The owner's process id as it recorded it, when it could be read.</summary>
    public int? HolderProcessId { get; } = holderProcessId;
}
