namespace DienHong.Web.Application.Attachments;

/// <summary>An attachment as the API and the inbox show it (thông tin tệp); <see cref="Url"/> downloads it.</summary>
public sealed record AttachmentInfo(string Id, string Name, long Size, string ContentType, string Sha256, string UploadedBy, string? Agency, DateTimeOffset UploadedAt)
{
    public string Url => "/api/v1/attachments/" + Id;

    public static AttachmentInfo Of(Attachment a) => new(a.Id, a.Name, a.Size, a.ContentType, a.Sha256, a.UploadedBy, a.Agency, a.UploadedAt);
}
