namespace DienHong.Engine.Validation;

/// <summary>
/// The known name a misspelt one most plausibly meant (gợi ý tên gần đúng): the same name in another case, one
/// within two edits (insert, delete, replace, swap two neighbours) that keep at least half of it, or one of which it
/// is a prefix. None when nothing is close: a wild guess misleads more than no guess.
/// </summary>
public static class NameSuggestion
{
    public static string? Closest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in known)
        {
            var score = Score(name, candidate);
            if (score < bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>Lower is closer; <see cref="int.MaxValue"/> when the two are not plausibly the same name.</summary>
    private static int Score(string name, string candidate)
    {
        if (string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        // Names that differ in length by more than two are more than two edits apart: no need to measure.
        if (Math.Abs(name.Length - candidate.Length) <= 2
            && Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant()) is var distance && distance <= 2 && distance * 2 <= candidate.Length)
        {
            return distance;
        }

        var shorter = Math.Min(name.Length, candidate.Length);
        return shorter >= 3 && (candidate.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(candidate, StringComparison.OrdinalIgnoreCase))
            ? 3
            : int.MaxValue;
    }

    /// <summary>The optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring).</summary>
    private static int Distance(string a, string b)
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
