using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace DienHong.Web.Components.Designer.Canvas;

/// <summary>
/// A port of a node (cổng): the one edges come in by, or the one of an outcome edges leave by (null: any outcome).
/// A link may only go from an outcome port to another node's incoming port.
/// </summary>
public sealed class OutcomePortModel(ActivityNodeModel node, string? outcome, bool isInput)
    : PortModel(PortId(node.Id, outcome, isInput), node, isInput ? PortAlignment.Left : PortAlignment.Right)
{
    public string? Outcome { get; } = outcome;

    public bool IsInput { get; } = isInput;

    public ActivityNodeModel Node { get; } = node;

    /// <summary>A stable id, shown as <c>data-port-id</c>: <c>in:node</c>, <c>out:node</c> (any outcome) or <c>out:node:Outcome</c>.</summary>
    public static string PortId(string nodeId, string? outcome, bool isInput) =>
        isInput ? $"in:{nodeId}" : outcome is null ? $"out:{nodeId}" : $"out:{nodeId}:{outcome}";

    public override bool CanAttachTo(ILinkable other) =>
        !IsInput && other is OutcomePortModel { IsInput: true } target && target.Node != Node && !target.Locked;
}
