namespace DienHong.Web.Application.Voices;

/// <summary>One opinion of a compiled summary (ý kiến): its text, and its sender unless it was sent anonymously.</summary>
public sealed record Opinion(string Text, bool Anonymous, string? By);
