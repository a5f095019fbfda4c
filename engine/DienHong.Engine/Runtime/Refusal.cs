using System.Globalization;

namespace DienHong.Engine.Runtime;

/// <summary>
/// Why a request was refused (lý do từ chối), as data: a <see cref="MessageCode"/> and its arguments; the text is
/// made in the reader's language only when asked for. An argument that is itself formattable (a nested refusal, a
/// <see cref="RefusalList"/>) is worded in the same language.
/// </summary>
public sealed record Refusal(MessageCode Code, IReadOnlyList<object?> Args) : IFormattable
{
    public Refusal(MessageCode code, params object?[] args)
        : this(code, (IReadOnlyList<object?>)args)
    {
    }

    /// <summary>The refusal worded in <paramref name="culture"/> (default: the current UI culture).</summary>
    public string Message(CultureInfo? culture = null) => Code.Format(Args, culture);

    public string ToString(string? format, IFormatProvider? formatProvider) => Message(formatProvider as CultureInfo);

    public override string ToString() => Message();
}
