using System.Diagnostics;

namespace DienHong.Cli.Tests;

/// <summary>
/// Runs the dienhong command line as a process of its own (<c>dotnet dienhong.dll</c>), optionally as another user
/// (through runuser, when the tests run as root: root ignores file permissions, so read-only files need someone else).
/// </summary>
public static class CliProcess
{
    /// <summary>The unprivileged user a root test run uses to be refused writes.</summary>
    public const string Unprivileged = "nobody";

    public static bool IsRoot => Environment.UserName == "root";

    public static async Task<CliRun> RunAsync(string? user, params string[] args)
    {
        var start = new ProcessStartInfo(user is null ? "dotnet" : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] prefix = user is null ? [] : ["-u", user, "--", "dotnet"];
        foreach (var a in (string[])[.. prefix, Path.Combine(AppContext.BaseDirectory, "dienhong.dll"), "--lang", "en", .. args])
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliRun(process.ExitCode, await output, await error);
    }
}
