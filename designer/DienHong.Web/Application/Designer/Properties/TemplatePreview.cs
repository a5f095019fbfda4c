namespace DienHong.Web.Application.Designer.Properties;

/// <summary>A template rendered with sample values (xem trước mẫu): the text, or why it does not parse or render.</summary>
public sealed record TemplatePreview(string? Text, string? Error);
