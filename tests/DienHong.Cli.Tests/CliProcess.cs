using System.Diagnostics;

namespace DienHong.Cli.Tests;

/// <summary>
/// Runs the dienhong command line as a process of its own (<c>dotnet dienhong.dll</c>), for what a process owns: its
/// current folder, its time zone, and the user it runs as (through runuser when the tests run as root: root ignores
/// file permissions, so read-only files need someone else).
/// </summary>
public static class CliProcess
{
    /// <summary>The unprivileged user a root test run uses to be refused writes.</summary>
    public const string Unprivileged = "nobody";

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunCoreAsync(null, workingDirectory, environment, args);

    /// <summary>Runs as <paramref name="user"/> (null: the current user).</summary>
    public static Task<CliRun> RunAsUserAsync(string? user, params string[] args) => RunCoreAsync(user, null, null, args);

    /// <summary>Runs the copy of the command line in <paramref name="programFolder"/>, from <paramref name="workingDirectory"/>.</summary>
    public static Task<CliRun> RunCopyAsync(string programFolder, string workingDirectory, params string[] args) =>
        RunCoreAsync(null, workingDirectory, null, args, programFolder);

    private static async Task<CliRun> RunCoreAsync(string? user, string? workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] args, string? programFolder = null)
    {
        var start = new ProcessStartInfo(user is null ? "dotnet" : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        string[] prefix = user is null ? [] : ["-u", user, "--", "dotnet"];
        foreach (var a in (string[])[.. prefix, Path.Combine(programFolder ?? AppContext.BaseDirectory, "dienhong.dll"), "--lang", "en", .. args])
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliRun(process.ExitCode, await output, await error);
    }
}
