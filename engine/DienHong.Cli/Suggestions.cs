namespace DienHong.Cli;

/// <summary>The closest name (gợi ý gần nhất) to a mistyped command or option, by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="typed"/> when it is near enough to be a typo; else null.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var best = candidates.Distinct()
            .Select(c => (Name: c, Distance: Distance(typed, c)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault(c => c.Distance <= Math.Max(1, c.Name.Length / 3) || (typed.Length >= 3 && c.Name.StartsWith(typed, StringComparison.Ordinal)));
        return best.Name;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
