namespace DienHong.Calendar;

/// <summary>A text a person reads, in Vietnamese (required) and English (falls back to Vietnamese).</summary>
public sealed record LocalizedText(string Vi, string? En = null)
{
    public string For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En ?? Vi : Vi;

    public override string ToString() => Vi;
}
