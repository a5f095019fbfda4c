using DienHong.Persistence.Anchors;
using DienHong.Persistence.Sqlite;
using DienHong.Persistence.Verification;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence;

/// <summary>
/// Journal verify (kiểm tra nhật ký): recomputes every instance's hash chain, compares each chain's head and last
/// instance-level event with the instance row, checks each row's keyed seal and the integrity record's count of
/// created instances (when the key file is available), and checks the database against its own anchors and those
/// of a kept file. Reads one consistent snapshot, so it can run beside the engine.
/// </summary>
public sealed class JournalVerifier(SqliteDatabase database)
{
    public JournalVerification Verify(AnchorFile? kept = null)
    {
        using var connection = database.Open();
        using var snapshot = connection.BeginTransaction(deferred: true);
        return Verify(connection, kept);
    }

    /// <summary>Verifies on an open connection, inside the caller's transaction (an anchor is made in the same snapshot).</summary>
    internal JournalVerification Verify(SqliteConnection connection, AnchorFile? kept) =>
        DatabaseVerification.Verify(new SqliteVerificationSource(connection), database.Keyring, database.Sealer, kept);
}
