namespace DienHong.Cli.Tests.Docs;

/// <summary>The files of the repository (tệp của kho mã), without what builds, tests, tools and git leave behind.</summary>
public static class RepositoryFiles
{
    private static readonly HashSet<string> Generated = new(StringComparer.Ordinal)
    {
        ".git", "bin", "obj", "TestResults", "StrykerOutput", "artifacts", ".dienhong", ".vs", ".idea", "node_modules",
    };

    public static IEnumerable<string> All() => Below(new DirectoryInfo(Cli.Root));

    /// <summary>The text files: those without a NUL byte in their first 8 KiB.</summary>
    public static IEnumerable<(string Path, string Text)> Texts()
    {
        foreach (var file in All())
        {
            var bytes = File.ReadAllBytes(file);
            if (!bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
            {
                yield return (file, System.Text.Encoding.UTF8.GetString(bytes));
            }
        }
    }

    /// <summary>The path relative to the repository, with '/'.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Cli.Root, path).Replace('\\', '/');

    private static IEnumerable<string> Below(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (Generated.Contains(entry.Name))
            {
                continue;
            }

            if (entry is DirectoryInfo sub)
            {
                foreach (var file in Below(sub))
                {
                    yield return file;
                }
            }
            else
            {
                yield return entry.FullName;
            }
        }
    }
}
