using DienHong.Cli.Resources;

namespace DienHong.Cli;

/// <summary>
/// Where the command line's database lives (đường dẫn cơ sở dữ liệu): one default, <c>.dienhong/dienhong.db</c>
/// under the current folder, shared by <c>journal verify</c>, <c>import</c>, <c>export</c> and
/// <c>simulate --keep-db</c>; a path that cannot hold a database is a clear error, not a trace.
/// </summary>
internal static class DatabasePaths
{
    public static string Default => JournalCommand.DefaultDatabase;

    /// <summary>A database that will be written: its folder is made as needed.</summary>
    public static string ForWriting(string? path)
    {
        var file = Checked(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException)
        {
            // CreateDirectory fails this way when the path, or a folder on it, is an existing file.
            throw new CliInputException(CliApp.F(CliMessages.DbParentIsFile, file, FirstFileOnPath(folder) ?? folder));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliInputException(CliApp.F(CliMessages.DbParentUnwritable, file, folder, e.Message));
        }

        return file;
    }

    /// <summary>A database that must exist already.</summary>
    public static string Existing(string? path)
    {
        var file = Checked(path);
        return File.Exists(file) ? file : throw new CliInputException(CliApp.F(CliMessages.DatabaseNotFound, file));
    }

    private static string Checked(string? path)
    {
        var file = path ?? Default;
        if (string.IsNullOrWhiteSpace(file))
        {
            throw new CliInputException(CliMessages.DbPathEmpty);
        }

        return Directory.Exists(file) ? throw new CliInputException(CliApp.F(CliMessages.DbIsFolder, file)) : file;
    }

    private static string? FirstFileOnPath(string folder)
    {
        for (var dir = folder; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                return dir;
            }
        }

        return null;
    }
}
