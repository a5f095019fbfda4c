using System.Text.RegularExpressions;
using DienHong.Engine.Validation;

namespace DienHong.Cli.Tests.Docs;

/// <summary>
/// The validation rule ids (mã quy tắc) the code can report, found in its source where findings are made: the
/// validator's checks, the definition compiler and the activities' compile steps. There is no list of rules in the
/// code to ask, so the documentation test reads the calls that name them; a new check that names its rule the way
/// every existing one does is found.
/// </summary>
public static partial class ValidationRuleSource
{
    private static readonly string[] Folders = ["engine", "workflows"];

    private static readonly Lazy<Dictionary<string, bool>> Found = new(Find);

    /// <summary>Every rule id, with whether it is reported as a warning.</summary>
    public static IReadOnlyDictionary<string, bool> Rules => Found.Value;

    private static Dictionary<string, bool> Find()
    {
        var rules = DefinitionValidator.InputRules.ToDictionary(r => r, _ => false, StringComparer.Ordinal);
        foreach (var file in Folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Cli.Root, f), "*.cs", SearchOption.AllDirectories)))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var source = File.ReadAllText(file);
            foreach (var call in (Regex[])[Reported(), Located(), Thrown(), Mapped(), Constant()])
            {
                foreach (Match m in call.Matches(source))
                {
                    rules.TryAdd(m.Groups["rule"].Value, false);
                }
            }

            foreach (Match m in Warned().Matches(source))
            {
                rules[m.Groups["rule"].Value] = true;
            }
        }

        return rules;
    }

    /// <summary><c>add(line, node, edge, "rule", message)</c>, <c>warn(...)</c>.</summary>
    [GeneratedRegex("""\b(?:add|warn|Add|Warn)\([^;]*?,\s*"(?<rule>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"\s*,""")]
    private static partial Regex Reported();

    /// <summary><c>sink.Error(pointer, "rule", message)</c>, <c>context.Error("rule", message)</c>, <c>Report("rule", message)</c>.</summary>
    [GeneratedRegex("""\b(?:Error|Warn|Report|report)\(\s*(?:[^;,()]*,\s*)?"(?<rule>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"\s*,""")]
    private static partial Regex Located();

    /// <summary><c>new DefinitionInputException("rule", Text.Format(...))</c>.</summary>
    [GeneratedRegex("""(?:Exception|\bnew)\(\s*"(?<rule>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"\s*,\s*Text\.Format""")]
    private static partial Regex Thrown();

    /// <summary><c>Kind => ("rule", message)</c>.</summary>
    [GeneratedRegex("""=>\s*\(\s*"(?<rule>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"\s*,""")]
    private static partial Regex Mapped();

    /// <summary><c>const string Rule = "rule"</c>.</summary>
    [GeneratedRegex("""\bRule\s*=\s*"(?<rule>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"\s*;""")]
    private static partial Regex Constant();

    /// <summary>The rules reported through <c>warn</c> or <c>Warn</c>.</summary>
    [GeneratedRegex("""\b(?:warn|Warn)\([^;]*?"(?<rule>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"\s*,""")]
    private static partial Regex Warned();
}
