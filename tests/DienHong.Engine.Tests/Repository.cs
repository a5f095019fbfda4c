namespace DienHong.Engine.Tests;

/// <summary>The repository checkout the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder with DienHong.slnx.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "DienHong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
