namespace DienHong.Engine.Storage;

/// <summary>The life state of a workflow instance (hồ sơ quy trình).</summary>
public enum InstanceStatus
{
    Running,
    Suspended,
    Completed,
    Cancelled,
    Faulted,
}
