using DienHong.Persistence.Anchors;
using DienHong.Persistence.Verification;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// Journal verify on PostgreSQL: the same checks as <see cref="JournalVerifier"/> (every chain, each row's seal, the
/// integrity record, the anchors), on one snapshot of the server, so it runs beside the nodes.
/// </summary>
public sealed class PostgresJournalVerifier(PostgresDatabase database)
{
    public async Task<JournalVerification> VerifyAsync(AnchorFile? kept = null, CancellationToken cancellationToken = default)
    {
        using var source = await PostgresVerificationSource.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return DatabaseVerification.Verify(source, database.Keyring, database.Sealer, kept);
    }
}
