using System.Globalization;
using System.Reflection;

namespace DienHong.Cli;

/// <summary>
/// The log of an unexpected error (nhật ký lỗi): the full trace goes to a file under
/// <c>$TMPDIR/dienhong/logs</c>, so people see one line saying where instead of a stack trace.
/// </summary>
internal static class CrashLog
{
    public static string Folder => Path.Combine(Path.GetTempPath(), "dienhong", "logs");

    /// <summary>Writes the error and the command that met it; returns the log's path.</summary>
    public static string Write(Exception error, IReadOnlyList<string> args)
    {
        Directory.CreateDirectory(Folder);
        var now = DateTimeOffset.Now;
        var file = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"dienhong-{now:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{Guid.NewGuid():N}.log"));
        var version = typeof(CrashLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        File.WriteAllText(file, string.Join(Environment.NewLine,
            string.Create(CultureInfo.InvariantCulture, $"time: {now:O}"),
            $"version: {version}",
            $"command: dienhong {string.Join(' ', args)}",
            $"directory: {Environment.CurrentDirectory}",
            string.Empty,
            error.ToString(),
            string.Empty));
        return file;
    }
}
