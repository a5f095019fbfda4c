using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DienHong.Persistence;

/// <summary>
/// Migrates only a database that is behind (kiểm tra di chuyển lược đồ): <c>Migrate</c> on an up-to-date database
/// still builds the whole model and compares it with the migrations' snapshot, hundreds of milliseconds of a start.
/// </summary>
public static class MigrationCheck
{
    /// <summary>Applies the pending migrations, if any (asking EF Core, which builds the model but does not compare it); returns whether there were some.</summary>
    public static async Task<bool> MigrateIfBehindAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!(await database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            return false;
        }

        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Whether every migration of <typeparamref name="TContext"/> in <paramref name="migrations"/> is recorded in the
    /// history table, read on <paramref name="connection"/> without EF Core's model at all (for a store that uses EF
    /// Core only to migrate); false when there is no history table yet.
    /// </summary>
    public static async Task<bool> IsUpToDateAsync<TContext>(DbConnection connection, Assembly migrations, CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    applied.Add(reader.GetString(0));
                }
            }
            catch (DbException)
            {
                // No history table: a new database, which EF Core migrates from the start.
                return false;
            }
        }

        var known = migrations.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(TContext))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToList();

        // No migration found means the wrong assembly: let EF Core decide rather than call the database current.
        return known.Count > 0 && known.All(applied.Contains);
    }
}
