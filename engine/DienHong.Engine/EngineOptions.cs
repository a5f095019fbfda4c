using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;

namespace DienHong.Engine;

/// <summary>Engine settings a host may change.</summary>
public sealed class EngineOptions
{
    public ExpressionLimits ExpressionLimits { get; set; } = new();

    /// <summary>What a definition file may hold: its size, nodes, names, strings, nesting.</summary>
    public DefinitionLimits DefinitionLimits { get; set; } = new();
}
