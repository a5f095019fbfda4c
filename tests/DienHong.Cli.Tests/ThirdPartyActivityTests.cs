using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// A third party's activity assembly dropped next to the command line is picked up without rebuilding it: the builder
/// scans the program's folder for assemblies that reference the engine.
/// </summary>
public sealed class ThirdPartyActivityTests : IDisposable
{
    private const string EchoWorkflow = """
        {
          "key": "echo", "version": 1, "name": { "vi": "Lặp lại", "en": "Echo" },
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "say", "type": "Echo", "text": "xin chào" },
            { "id": "end", "type": "End", "outcome": "Done" }
          ],
          "edges": [ { "from": "start", "to": "say" }, { "from": "say", "to": "end" } ]
        }
        """;

    private readonly TempFolder temp = new();

    [Fact]
    public async Task An_activity_assembly_next_to_the_program_is_used_and_without_it_the_type_is_unknown()
    {
        var program = CopyOfTheProgram();
        var file = temp.Write("echo.workflow.json", EchoWorkflow);

        var without = await CliProcess.RunCopyAsync(program, temp.Path, "validate", file);
        File.Copy(ThirdPartyAssembly(), Path.Combine(program, "ThirdParty.Echo.dll"));
        var with = await CliProcess.RunCopyAsync(program, temp.Path, "validate", file);

        without.Exit.ShouldBe(1, without.Out + without.Error);
        without.Out.ShouldContain("Echo");
        with.Exit.ShouldBe(0, with.Out + with.Error);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>The test-only assembly, built beside this test project (same configuration) but not copied into it.</summary>
    private static string ThirdPartyAssembly()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var path = Path.Combine(here.Replace("DienHong.Cli.Tests", "DienHong.TestActivities", StringComparison.Ordinal), "ThirdParty.Echo.dll");
        File.Exists(Path.Combine(here, "ThirdParty.Echo.dll")).ShouldBeFalse("the assembly must not be one the program was built with");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/DienHong.TestActivities first.", path);
    }

    private string CopyOfTheProgram()
    {
        var program = Directory.CreateDirectory(Path.Combine(temp.Path, "program")).FullName;
        foreach (var source in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(program, Path.GetRelativePath(AppContext.BaseDirectory, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        return program;
    }
}
