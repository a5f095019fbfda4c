namespace DienHong.Engine.Expressions;

/// <summary>An expression failed while it ran: a script error, or a sandbox limit (time, statements, memory, recursion).</summary>
public sealed class ExpressionException(string expression, string reason, Exception? inner = null)
    : Exception($"{expression}: {reason}", inner)
{
    public string Expression { get; } = expression;

    public string Reason { get; } = reason;
}
