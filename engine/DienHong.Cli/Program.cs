namespace DienHong.Cli;

/// <summary>The <c>dienhong</c> tool's entry point (điểm vào chương trình).</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error);
}
