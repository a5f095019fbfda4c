namespace DienHong.Engine.Runtime;

/// <summary>A definition that cannot run; <see cref="Issues"/> says why.</summary>
internal sealed class DefinitionCompileException(string key, IReadOnlyList<DefinitionIssue> issues)
    : Exception($"Definition '{key}' cannot run: " + string.Join("; ", issues.Select(i => i.NodeId is null ? i.Message : $"node '{i.NodeId}': {i.Message}")))
{
    public IReadOnlyList<DefinitionIssue> Issues { get; } = issues;
}
