using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Web.Application.Administration;

/// <summary>
/// A check and the write it allows, one writer at a time (ghi tuần tự): two overlapping substitutions recorded at
/// once, on one node or two, must not both pass the check. On SQLite the transaction begins IMMEDIATE, taking the
/// database's write lock before the check (a second writer waits for it, then sees the first's row); on PostgreSQL a
/// transaction advisory lock on the person is taken first, held to the commit.
/// </summary>
internal static class SerializedWrite
{
    /// <summary>The advisory locks' first key, "subs": its two-key form cannot meet the engine's one-key instance locks.</summary>
    private const int SubstitutionLocks = 0x73756273;

    /// <summary>Runs <paramref name="work"/> (its check, then its write and <c>SaveChanges</c>) in a transaction serialised per <paramref name="personId"/>, and commits.</summary>
    public static async Task<T> ForPersonAsync<T>(AdministrationDbContext db, string personId, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var immediate = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
            await db.Database.UseTransactionAsync(immediate, cancellationToken).ConfigureAwait(false);
            var done = await work().ConfigureAwait(false);
            await immediate.CommitAsync(cancellationToken).ConfigureAwait(false);
            return done;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SubstitutionLocks}, hashtext({personId}))", cancellationToken).ConfigureAwait(false);
        var result = await work().ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
