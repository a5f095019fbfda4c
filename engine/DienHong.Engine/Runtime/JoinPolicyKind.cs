namespace DienHong.Engine.Runtime;

/// <summary>The join policies of FORMAT.md.</summary>
public enum JoinPolicyKind
{
    All,
    Any,
    AtLeast,
    Majority,
}
