namespace DienHong.Persistence;

/// <summary>The database cannot be started safely: its integrity record is gone while it holds sealed data.</summary>
public sealed class DatabaseIntegrityException(string message) : Exception(message);
