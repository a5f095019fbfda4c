namespace DienHong.Testing;

/// <summary>
/// Finds a folder with PostgreSQL's <c>initdb</c> and <c>pg_ctl</c>: the PATH first, then where Debian/Ubuntu,
/// Fedora/RHEL (distribution and PGDG packages) and macOS (Homebrew, Postgres.app) install them, newest version first.
/// </summary>
public static class PostgresBinaries
{
    public static string? Find() =>
        Candidates().FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));

    private static IEnumerable<string> Candidates()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return dir;
        }

        foreach (var pattern in new[]
        {
            ("/usr/lib/postgresql", "*", "bin"),          // Debian, Ubuntu
            ("/usr", "pgsql-*", "bin"),                    // Fedora/RHEL, PGDG packages
            ("/opt/homebrew/opt", "postgresql*", "bin"),   // macOS Homebrew (Apple silicon)
            ("/usr/local/opt", "postgresql*", "bin"),      // macOS Homebrew (Intel)
            ("/Applications/Postgres.app/Contents/Versions", "*", "bin"),
        })
        {
            foreach (var dir in Versions(pattern.Item1, pattern.Item2))
            {
                yield return Path.Combine(dir, pattern.Item3);
            }
        }

        yield return "/usr/bin";
        yield return "/opt/homebrew/bin";
        yield return "/usr/local/bin";
    }

    /// <summary>The matching folders, the highest version number first.</summary>
    private static IEnumerable<string> Versions(string root, string pattern) =>
        Directory.Exists(root)
            ? Directory.GetDirectories(root, pattern).OrderByDescending(d => VersionOf(Path.GetFileName(d)))
            : [];

    private static int VersionOf(string name)
    {
        var digits = new string(name.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var v) ? v : -1;
    }
}
