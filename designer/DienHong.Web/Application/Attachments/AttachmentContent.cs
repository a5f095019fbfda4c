namespace DienHong.Web.Application.Attachments;

/// <summary>An attachment to send to its reader (nội dung tệp): what it is, and the stored file.</summary>
public sealed record AttachmentContent(AttachmentInfo Info, string FilePath);
