using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DienHong.Cli.Tests.Docs;

/// <summary>
/// A Markdown document of the repository as the documentation tests read it: its sections under headings, its fenced
/// code blocks, its links and the anchors its headings give (as GitHub makes them).
/// </summary>
public sealed partial class MarkdownFile(string path)
{
    public string Path { get; } = path;

    public string Text { get; } = File.ReadAllText(path);

    public IReadOnlyList<string> Lines => field ??= Text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>A page of <c>docs/format</c>.</summary>
    public static MarkdownFile Format(string name) => new(System.IO.Path.Combine(Cli.Root, "docs", "format", name));

    /// <summary>The headings (without their #), in order, outside code blocks.</summary>
    public IEnumerable<string> Headings(int level) =>
        Prose().Where(l => l.StartsWith(new string('#', level) + " ", StringComparison.Ordinal)).Select(l => l[(level + 1)..].Trim());

    /// <summary>
    /// The text under the first heading of <paramref name="level"/> that <paramref name="matches"/>, up to the next
    /// heading of that level or above; null when there is none.
    /// </summary>
    public string? Section(int level, Func<string, bool> matches)
    {
        var marker = new string('#', level) + " ";
        var inCode = false;
        var lines = new List<string>();
        var inside = false;
        foreach (var line in Lines)
        {
            inCode ^= line.StartsWith("```", StringComparison.Ordinal);
            var heading = !inCode && HeadingLevel(line) is { } found && found <= level;
            if (inside && heading)
            {
                break;
            }

            if (!inside && !inCode && line.StartsWith(marker, StringComparison.Ordinal) && matches(line[marker.Length..].Trim()))
            {
                inside = true;
            }

            if (inside)
            {
                lines.Add(line);
            }
        }

        return inside ? string.Join('\n', lines) : null;
    }

    /// <summary>The fenced code blocks of a text, each with its language tag.</summary>
    public static IReadOnlyList<(string Language, string Code)> CodeBlocks(string text) =>
        [.. Fence().Matches(text).Select(m => (m.Groups["lang"].Value, m.Groups["code"].Value))];

    /// <summary>The targets of the links outside code (fenced or inline).</summary>
    public IEnumerable<string> LinkTargets()
    {
        var prose = InlineCode().Replace(Fence().Replace(Text, string.Empty), string.Empty);
        return Link().Matches(prose).Select(m => m.Groups["target"].Value);
    }

    /// <summary>The anchors of the headings, as GitHub makes them (a repeated heading gets -1, -2...).</summary>
    public IReadOnlySet<string> Anchors()
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in Prose().Where(l => HeadingLevel(l) is not null).Select(l => l.TrimStart('#').Trim()))
        {
            var slug = Slug(heading);
            var candidate = slug;
            for (var n = 1; !anchors.Add(candidate); n++)
            {
                candidate = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    /// <summary>GitHub's anchor of a heading: lower case, only letters, marks, digits, '_', '-' and spaces, spaces as '-'.</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            var category = char.GetUnicodeCategory(c);
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c == '-' || char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    private IEnumerable<string> Prose()
    {
        var inCode = false;
        foreach (var line in Lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode)
            {
                yield return line;
            }
        }
    }

    private static int? HeadingLevel(string line)
    {
        var level = line.TakeWhile(c => c == '#').Count();
        return level is > 0 and <= 6 && line.Length > level && line[level] == ' ' ? level : null;
    }

    [GeneratedRegex(@"^```(?<lang>[a-z]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\[[^\]\n]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
