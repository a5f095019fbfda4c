using System.Reflection;
using System.Text.RegularExpressions;
using DienHong.Scheduling;
using DienHong.Workflows.Activities;

namespace DienHong.Store.Tests;

/// <summary>
/// The port is closed (cổng lưu trữ khép kín): the activities and the scheduler reach storage only through the engine's
/// interfaces, so a store on another database needs no change in them, and no SQL is written outside the stores.
/// </summary>
public sealed partial class PortBoundaryTests
{
    private static readonly string[] StorageAssemblies = ["Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore", "DienHong.Persistence", "Npgsql.EntityFrameworkCore"];

    private static readonly string[] SourceFolders = ["engine", "workflows"];

    public static TheoryData<string> Consumers => new() { "Workflows", "Scheduling" };

    [Theory]
    [MemberData(nameof(Consumers))]
    public void A_consumer_assembly_references_no_store(string consumer)
    {
        var assembly = consumer == "Workflows" ? typeof(HumanTaskActivity).Assembly : typeof(WakeDrain).Assembly;

        assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => StorageAssemblies.Any(s => name.StartsWith(s, StringComparison.Ordinal)))
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("workflows/DienHong.Workflows/DienHong.Workflows.csproj")]
    [InlineData("engine/DienHong.Scheduling/DienHong.Scheduling.csproj")]
    public void A_consumer_project_asks_for_no_store_package_or_project(string project)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), project));

        Reference().Matches(text).Select(m => m.Groups[1].Value)
            .Where(r => StorageAssemblies.Any(s => r.Contains(s, StringComparison.Ordinal)))
            .ShouldBeEmpty();
    }

    [Fact]
    public void No_sql_is_written_outside_the_store_assemblies()
    {
        var root = RepositoryRoot();
        var offending = SourceFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}DienHong.Persistence", StringComparison.Ordinal))
            .Where(f => Sql().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        offending.ShouldBeEmpty();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "DienHong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    [GeneratedRegex("""(?:PackageReference|ProjectReference) Include="([^"]+)"\s""")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:SELECT\s+\S|INSERT\s+INTO\s|DELETE\s+FROM\s|UPDATE\s+\w+\s+SET\s)")]
    private static partial Regex Sql();

    [Fact]
    public void The_check_sees_sql_and_store_references()
    {
        Sql().IsMatch("\"SELECT rowid, data FROM journal\"").ShouldBeTrue();
        Sql().IsMatch("UPDATE bookmarks SET job_id = 1").ShouldBeTrue();
        Reference().Matches("""<PackageReference Include="Microsoft.Data.Sqlite" />""").ShouldHaveSingleItem().Groups[1].Value.ShouldBe("Microsoft.Data.Sqlite");
        typeof(SqliteStoreContractTests).Assembly.GetReferencedAssemblies().ShouldContain(a => a.Name == "DienHong.Persistence");
    }
}
