namespace DienHong.Cli.Tests;

/// <summary>Runs the dienhong command line in-process with captured output.</summary>
public static class Cli
{
    public static Task<CliRun> RunAsync(params string[] args) => RunRawAsync(["--lang", "en", .. args]);

    /// <summary>The same with <c>--lang vi</c>.</summary>
    public static Task<CliRun> RunViAsync(params string[] args) => RunRawAsync(["--lang", "vi", .. args]);

    /// <summary>Exactly the arguments given, without a language.</summary>
    public static async Task<CliRun> RunRawAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The repository root (the folder with DienHong.slnx).</summary>
    public static string Root { get; } = FindRoot();

    public static string Samples(string folder) => Path.Combine(Root, "samples", folder);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DienHong.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DienHong.slnx not found above " + AppContext.BaseDirectory);
    }
}
