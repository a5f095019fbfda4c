namespace DienHong.Engine.Expressions;

/// <summary>An expression that does not parse as JavaScript.</summary>
public sealed class ExpressionSyntaxException(string expression, string reason)
    : Exception($"{expression}: {reason}")
{
    public string Expression { get; } = expression;

    public string Reason { get; } = reason;
}
