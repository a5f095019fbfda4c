using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Attachments;

/// <summary>Why an upload, a download or a reference to an attachment was refused (mã từ chối tệp đính kèm).</summary>
public static class AttachmentRefusals
{
    /// <summary>{0} the file's name, {1} the accepted extensions.</summary>
    public static readonly MessageCode Type = Code("attachment.type", nameof(AttachmentText.Type));

    /// <summary>{0} the file's name, {1} the largest size in MB.</summary>
    public static readonly MessageCode TooLarge = Code("attachment.too-large", nameof(AttachmentText.TooLarge));

    /// <summary>{0} the file's name.</summary>
    public static readonly MessageCode Content = Code("attachment.content", nameof(AttachmentText.Content));

    /// <summary>No file in the request.</summary>
    public static readonly MessageCode Missing = Code("attachment.missing", nameof(AttachmentText.Missing));

    /// <summary>{0} the id: no such attachment, or one the person may not read.</summary>
    public static readonly MessageCode NotFound = Code("attachment.not-found", nameof(AttachmentText.NotFound));

    /// <summary>{0} the reference: not an attachment the person uploaded, nor a web address.</summary>
    public static readonly MessageCode NotOwned = Code("attachment.not-owned", nameof(AttachmentText.NotOwned));

    private static MessageCode Code(string value, string resource) => new(value, AttachmentText.ResourceManager, resource);
}
