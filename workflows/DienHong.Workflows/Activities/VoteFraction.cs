using System.Globalization;
using System.Text.Json;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A share of a count (tỷ lệ), kept as a numerator and a denominator so that "2/3" is exact: 20 of 30 is exactly
/// two thirds. Written as a number (<c>0.8</c>), a fraction (<c>"2/3"</c>) or a percentage (<c>"80%"</c>).
/// </summary>
public sealed record VoteFraction(decimal Numerator, decimal Denominator)
{
    public static readonly VoteFraction Half = new(1, 2);

    /// <summary>Whether <paramref name="count"/> of <paramref name="total"/> is at least this share.</summary>
    public bool IsMetBy(int count, int total) => count * Denominator >= total * Numerator;

    /// <summary>Whether <paramref name="count"/> of <paramref name="total"/> is more than this share.</summary>
    public bool IsExceededBy(int count, int total) => count * Denominator > total * Numerator;

    /// <summary>Whether this share is at most one half (a simple-majority rule).</summary>
    public bool IsMajority => Numerator * 2 <= Denominator;

    public override string ToString() =>
        Denominator == 1 ? Numerator.ToString(CultureInfo.InvariantCulture) : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    public static VoteFraction? Read(JsonElement value)
    {
        VoteFraction? fraction = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var d) => new VoteFraction(d, 1),
            JsonValueKind.String => Parse(value.GetString()!.Trim()),
            _ => null,
        };
        return fraction is { Numerator: >= 0, Denominator: > 0 } f && f.Numerator <= f.Denominator ? f : null;
    }

    private static VoteFraction? Parse(string text)
    {
        static decimal? Number(string s) =>
            decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
        if (text.EndsWith('%'))
        {
            return Number(text[..^1]) is { } p ? new VoteFraction(p, 100) : null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Number(text) is { } d ? new VoteFraction(d, 1) : null;
        }

        return Number(text[..slash]) is { } n && Number(text[(slash + 1)..]) is { } m ? new VoteFraction(n, m) : null;
    }
}
