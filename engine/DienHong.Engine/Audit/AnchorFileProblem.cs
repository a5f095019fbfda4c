namespace DienHong.Engine.Audit;

/// <summary>Why a kept anchors file cannot be read.</summary>
public enum AnchorFileProblem
{
    /// <summary>The file cannot be read or is not JSON.</summary>
    Unreadable,

    /// <summary>The file is JSON but not a DienHong anchors file (<c>format</c>).</summary>
    WrongFormat,

    /// <summary>A required property is missing.</summary>
    Missing,

    /// <summary>A property's value is not what it must be.</summary>
    Invalid,
}
