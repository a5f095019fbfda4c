using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;

namespace DienHong.Engine.Runtime;

/// <summary>Engine settings a host may change.</summary>
public sealed class EngineOptions
{
    public const int DefaultMaxStepsPerRun = 10_000;

    public ExpressionLimits ExpressionLimits { get; set; } = new();

    /// <summary>What a definition file may hold: its size, nodes, names, strings, nesting.</summary>
    public DefinitionLimits DefinitionLimits { get; set; } = new();

    /// <summary>
    /// How many nodes one run (a start, resume, cancel or retry) may execute before it stops with an incident: a
    /// loop of nodes that never wait would otherwise run for ever, holding the instance's lock and memory.
    /// </summary>
    public int MaxStepsPerRun
    {
        get;
        set => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStepsPerRun), value, "A run needs a budget of at least one step.");
    } = DefaultMaxStepsPerRun;
}
