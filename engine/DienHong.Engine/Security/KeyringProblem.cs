namespace DienHong.Engine.Security;

/// <summary>Why the keyring cannot be used.</summary>
public enum KeyringProblem
{
    /// <summary>The key file does not exist (while the database was sealed with keys).</summary>
    Missing,

    /// <summary>The key file cannot be read or is not a DienHong key file.</summary>
    Unreadable,

    /// <summary>The key file holds other keys than those that sealed the database.</summary>
    WrongKeys,
}
