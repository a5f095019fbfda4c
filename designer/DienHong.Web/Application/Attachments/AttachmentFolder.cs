namespace DienHong.Web.Application.Attachments;

/// <summary>Where the attachments' files are kept (thư mục tệp đính kèm): <c>attachments/</c> in the data folder, one file per id.</summary>
public sealed record AttachmentFolder(string Path);
