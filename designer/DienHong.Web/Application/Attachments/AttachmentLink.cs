namespace DienHong.Web.Application.Attachments;

/// <summary>An attachment attached to a case (gắn vào hồ sơ) by the completion of one of its tasks: who sees the case may read it.</summary>
public sealed class AttachmentLink
{
    public required string AttachmentId { get; init; }

    public required string InstanceId { get; init; }

    public required string TaskId { get; init; }

    public required DateTimeOffset LinkedAt { get; init; }
}
