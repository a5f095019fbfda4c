using DienHong.Engine.Expressions;

namespace DienHong.Engine;

/// <summary>Engine settings a host may change.</summary>
public sealed class EngineOptions
{
    public ExpressionLimits ExpressionLimits { get; set; } = new();
}
