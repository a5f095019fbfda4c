namespace DienHong.Web.Application.Attachments;

/// <summary>
/// An uploaded document (tệp đính kèm) as stored: its random id (also its file name under <c>attachments/</c>), the
/// name the client gave (shown, never used as a path), size, type, SHA-256, who uploaded it, from which agency, when.
/// </summary>
public sealed class Attachment
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required long Size { get; init; }

    public required string ContentType { get; init; }

    public required string Sha256 { get; init; }

    public required string UploadedBy { get; init; }

    public string? Agency { get; init; }

    public required DateTimeOffset UploadedAt { get; init; }
}
