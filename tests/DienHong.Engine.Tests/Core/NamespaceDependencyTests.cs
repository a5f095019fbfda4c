using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Core;

/// <summary>
/// The engine's namespaces depend on each other in one direction only (checked over the source: <c>using</c> lines
/// and qualified names). From the bottom: Resources, Expressions, Definitions, Storage, Journal, then Activities and
/// Runtime as one layer (the authoring API and the interpreter that calls it), then Validation, then Catalog (the
/// versioning policy), then the root (the registration), then Hosting (the builder). Audit (journal verify and
/// anchors) sits on the journal. A second check reads the compiled assembly and fails on any cycle between namespaces.
/// </summary>
public sealed partial class NamespaceDependencyTests
{
    private static readonly string[] Layers = ["Resources", "Expressions", "Definitions", "Storage", "Journal", "Audit", "Activities|Runtime", "Validation", "Catalog", "(root)", "Hosting"];

    [Fact]
    public void Every_dependency_points_down_the_layers()
    {
        var upward = Dependencies()
            .Where(d => Layer(d.To) > Layer(d.From))
            .Select(d => $"{d.From} → {d.To} ({d.File})")
            .ToList();

        upward.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_sees_both_using_lines_and_qualified_names()
    {
        var found = Dependencies().ToList();

        found.ShouldContain(d => d.From == "Runtime" && d.To == "Journal" && d.File == "Interpreter.cs");
        found.ShouldContain(d => d.From == "Validation" && d.To == "Runtime" && d.File == "FlowGraph.cs");
    }

    private static int Layer(string area) => Array.FindIndex(Layers, l => l.Split('|').Contains(area));

    private static IEnumerable<(string From, string To, string File)> Dependencies()
    {
        var root = Path.Combine(Repository.Root, "engine", "DienHong.Engine");
        var areas = Layers.SelectMany(l => l.Split('|')).Where(a => a != "(root)").ToArray();
        var qualified = new Regex($@"(?<![\w.])(?:DienHong\.Engine\.)?({string.Join('|', areas)})\.[A-Z]");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            if (Namespace().Match(text) is not { Success: true } ns)
            {
                continue;
            }

            var from = Area(ns.Groups[1].Value);
            var usings = Using().Matches(text).Select(m => Area(m.Groups[1].Value));
            var names = qualified.Matches(Using().Replace(text, string.Empty)).Select(m => m.Groups[1].Value);
            foreach (var to in usings.Concat(names).Distinct().Where(to => to != from && Layer(to) >= 0))
            {
                yield return (from, to, Path.GetFileName(file));
            }
        }
    }

    /// <summary>The area of <c>DienHong.Engine.X.Y</c> is X; of <c>DienHong.Engine</c> itself, the root.</summary>
    private static string Area(string ns) => ns.Split('.') is { Length: > 2 } parts ? parts[2] : "(root)";

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using (?:static )?(DienHong\.Engine[\w.]*)[^\n]*;", RegexOptions.Multiline)]
    private static partial Regex Using();
}
