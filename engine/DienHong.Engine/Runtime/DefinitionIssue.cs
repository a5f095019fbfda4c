namespace DienHong.Engine.Runtime;

/// <summary>A rule a definition breaks (<see cref="Rule"/> names it), located at a node or an edge when it has one.</summary>
internal sealed record DefinitionIssue(string? NodeId, int? EdgeIndex, string Rule, string Message);
