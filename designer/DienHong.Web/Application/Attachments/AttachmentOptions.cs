namespace DienHong.Web.Application.Attachments;

/// <summary>Attachment settings (cấu hình tệp đính kèm), section <c>Attachments</c>.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest file accepted, in bytes: 20 MB by default, enough for a scanned decision or a few photos.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}
