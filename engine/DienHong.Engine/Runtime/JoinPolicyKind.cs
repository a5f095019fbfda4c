namespace DienHong.Engine.Runtime;

/// <summary>The join policies of docs/format/definitions.md.</summary>
public enum JoinPolicyKind
{
    All,
    Any,
    AtLeast,
    Majority,
}
