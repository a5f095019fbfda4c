using System.Globalization;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// Ownership (quyền ghi) of a database file: an exclusive OS lock on <c>&lt;db&gt;.lock</c>. The OS drops the lock
/// when its process ends, however it ends (a kill included), so a crash never leaves the file locked. Within one
/// process every owner of the same file shares the lock; the owner's process id goes to <c>&lt;db&gt;.owner</c>
/// for the message another process gets.
/// </summary>
internal sealed class DatabaseOwnership : IDisposable
{
    private static readonly Lock Registry = new();
    private static readonly Dictionary<string, Held> HeldLocks = new(StringComparer.Ordinal);
    private readonly string lockPath;
    private bool released;

    private DatabaseOwnership(string lockPath) => this.lockPath = lockPath;

    /// <summary>Takes the lock, or throws <see cref="DatabaseInUseException"/> at once when another process holds it.</summary>
    public static DatabaseOwnership Acquire(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        lock (Registry)
        {
            if (HeldLocks.TryGetValue(lockPath, out var held))
            {
                held.Owners++;
                return new DatabaseOwnership(lockPath);
            }

            FileStream stream;
            try
            {
                stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                throw new DatabaseInUseException(databasePath, lockPath, RecordedOwner(databasePath));
            }

            File.WriteAllText(OwnerPath(databasePath), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            HeldLocks[lockPath] = new Held(stream);
            return new DatabaseOwnership(lockPath);
        }
    }

    public void Dispose()
    {
        lock (Registry)
        {
            if (released)
            {
                return;
            }

            released = true;
            var held = HeldLocks[lockPath];
            if (--held.Owners == 0)
            {
                HeldLocks.Remove(lockPath);
                held.Stream.Dispose();
            }
        }
    }

    private static string OwnerPath(string databasePath) => databasePath + ".owner";

    private static int? RecordedOwner(string databasePath)
    {
        try
        {
            return int.TryParse(File.ReadAllText(OwnerPath(databasePath)).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed class Held(FileStream stream)
    {
        public FileStream Stream { get; } = stream;

        public int Owners { get; set; } = 1;
    }
}
