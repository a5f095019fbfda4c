using System.Globalization;

namespace DienHong.Engine.Runtime;

/// <summary>Several refusals given as one argument (every problem of a start input), worded in the reader's language.</summary>
public sealed record RefusalList(IReadOnlyList<Refusal> Items) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.Join("; ", Items.Select(i => i.Message(formatProvider as CultureInfo)));

    public override string ToString() => ToString(null, CultureInfo.CurrentUICulture);
}
