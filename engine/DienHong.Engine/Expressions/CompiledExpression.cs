using Acornima.Ast;
using Jint;

namespace DienHong.Engine.Expressions;

/// <summary>An expression parsed once per definition version and shared by every run of that version.</summary>
public sealed class CompiledExpression(string source, Prepared<Script> script)
{
    /// <summary>The expression as written, with its leading <c>=</c>.</summary>
    public string Source { get; } = source;

    internal Prepared<Script> Script { get; } = script;

    /// <summary>Whether it is a <see cref="PlainExpression"/>, decided once when it is parsed.</summary>
    internal bool IsPlain { get; } = PlainExpression.Is(script.Program!);

    public override string ToString() => Source;
}
