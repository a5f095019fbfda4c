using DienHong.Cli.Resources;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;

namespace DienHong.Cli;

/// <summary>Says what a database start had to do besides migrating (gỡ khoá cũ, tạo khoá), on the error stream.</summary>
internal static class DatabaseStartText
{
    public static void Write(CliContext context, DatabaseStart start, SqliteDatabase database)
    {
        if (start.ClearedStaleMigrationLock)
        {
            context.Error.WriteLine(CliApp.F(CliMessages.StaleMigrationLockCleared, database.Path));
        }

        if (start.KeysCreated)
        {
            context.Error.WriteLine(CliApp.F(CliMessages.KeysCreated, database.Path, database.Keyring.Location));
        }
    }
}
