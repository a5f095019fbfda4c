namespace DienHong.Engine.Security;

/// <summary>The keyring cannot be used: its file is missing, unreadable, or holds other keys than the database's.</summary>
public sealed class KeyringException(string location, KeyringProblem problem, string message) : Exception(message)
{
    /// <summary>The key file concerned.</summary>
    public string Location { get; } = location;

    public KeyringProblem Problem { get; } = problem;
}
