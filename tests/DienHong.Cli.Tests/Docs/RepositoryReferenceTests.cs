using Shouldly;

namespace DienHong.Cli.Tests.Docs;

/// <summary>The project carries its own documentation: no reference leaves the repository, and every link inside it works.</summary>
public sealed class RepositoryReferenceTests
{
    /// <summary>
    /// Documents that used to live outside the repository. Assembled from parts so that this file does not name them
    /// itself.
    /// </summary>
    private static readonly string[] Outside = [string.Concat("FORMAT", ".md"), string.Concat("STACK", ".md"), string.Concat("ENGINE", ".md"), string.Concat("../", "shared")];

    [Fact]
    public void No_file_refers_to_documents_outside_the_repository()
    {
        var found = RepositoryFiles.Texts()
            .SelectMany(f => Outside.Where(name => f.Text.Contains(name, StringComparison.Ordinal)).Select(name => $"{RepositoryFiles.Relative(f.Path)}: {name}"))
            .ToList();

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Every_relative_link_in_the_documentation_leads_to_a_file_and_heading_of_the_repository()
    {
        var broken = new List<string>();
        var markdown = RepositoryFiles.All().Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        markdown.ShouldContain(Path.Combine(Cli.Root, "CONTRIBUTING.md"));
        foreach (var page in markdown.Select(f => new MarkdownFile(f)))
        {
            foreach (var target in page.LinkTargets().Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith("mailto:", StringComparison.Ordinal)))
            {
                if (Problem(page, target) is { } problem)
                {
                    broken.Add($"{RepositoryFiles.Relative(page.Path)}: ({target}) {problem}");
                }
            }
        }

        broken.ShouldBeEmpty();
    }

    private static string? Problem(MarkdownFile page, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var (file, anchor) = hash < 0 ? (target, null) : (target[..hash], Uri.UnescapeDataString(target[(hash + 1)..]));
        var path = file.Length == 0 ? page.Path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page.Path)!, Uri.UnescapeDataString(file)));
        if (!path.StartsWith(Cli.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "leaves the repository";
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return "does not exist";
        }

        return anchor is null || !path.EndsWith(".md", StringComparison.Ordinal) || new MarkdownFile(path).Anchors().Contains(anchor)
            ? null
            : $"has no heading #{anchor}";
    }
}
