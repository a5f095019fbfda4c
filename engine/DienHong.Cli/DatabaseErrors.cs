using DienHong.Cli.Resources;
using DienHong.Engine.Audit;
using DienHong.Engine.Security;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DienHong.Cli;

/// <summary>
/// What people are told when a database cannot be used (lỗi cơ sở dữ liệu): another process owns it, its keys are
/// missing or wrong, a lock was waited for in vain, a kept anchors file is malformed, or it is not readable.
/// </summary>
internal static class DatabaseErrors
{
    /// <summary>The message for <paramref name="e"/>, or null when it is not a problem a person can act on (then it propagates).</summary>
    public static string? Describe(Exception e, string databasePath) => e switch
    {
        DatabaseInUseException inUse => inUse.HolderProcessId is { } pid
            ? CliApp.F(CliMessages.DatabaseInUse, inUse.DatabasePath, pid)
            : CliApp.F(CliMessages.DatabaseInUseNoProcess, inUse.DatabasePath),
        KeyringException k => k.Problem switch
        {
            KeyringProblem.Missing => CliApp.F(CliMessages.KeyringMissing, databasePath, k.Location),
            KeyringProblem.WrongKeys => CliApp.F(CliMessages.KeyringWrongKeys, databasePath, k.Location),
            _ => CliApp.F(CliMessages.KeyringUnreadable, databasePath, k.Location, k.Message),
        },
        AnchorFileException a => a.Problem switch
        {
            AnchorFileProblem.WrongFormat => CliApp.F(CliMessages.AnchorFileWrongFormat, a.FilePath, a.Line, AnchorFile.Format),
            AnchorFileProblem.Missing => CliApp.F(CliMessages.AnchorFileMissing, a.FilePath, a.Line, a.Pointer),
            AnchorFileProblem.Invalid => CliApp.F(CliMessages.AnchorFileInvalid, a.FilePath, a.Line, a.Pointer, a.Detail),
            _ => CliApp.F(CliMessages.AnchorFileUnreadable, a.FilePath, a.Detail),
        },
        SqliteException { SqliteErrorCode: raw.SQLITE_BUSY or raw.SQLITE_LOCKED } =>
            CliApp.F(CliMessages.DatabaseBusy, databasePath, (int)SqliteDatabase.BusyTimeout.TotalSeconds),
        SqliteException or IOException or UnauthorizedAccessException or DatabaseIntegrityException =>
            CliApp.F(CliMessages.DatabaseUnreadable, databasePath, e.Message),
        _ => null,
    };
}
