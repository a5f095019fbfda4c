using Jint;
using JsEngine = Jint.Engine;

namespace DienHong.Engine.Expressions;

/// <summary>Prepares expressions (parse once, evaluate many times).</summary>
public static class ExpressionCompiler
{
    /// <summary>Parses <paramref name="expression"/> (with its leading <c>=</c>); throws <see cref="ExpressionSyntaxException"/>.</summary>
    public static CompiledExpression Compile(string expression)
    {
        if (!ExpressionText.IsExpression(expression))
        {
            throw new ArgumentException("An expression starts with '='.", nameof(expression));
        }

        var code = ExpressionText.Code(expression);
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ExpressionSyntaxException(expression, "the expression is empty");
        }

        try
        {
            return new CompiledExpression(expression, JsEngine.PrepareScript(code, strict: true));
        }
        catch (Exception e) when (e is Acornima.ParseErrorException or Jint.Runtime.JavaScriptException or ScriptPreparationException)
        {
            // Jint wraps the parser's error in ScriptPreparationException; the inner message is the useful one. The
            // parser stops a deeply nested source when the stack runs low, which a person reads as nesting.
            throw new ExpressionSyntaxException(expression, e.InnerException switch
            {
                InsufficientExecutionStackException => Resources.SandboxMessages.NestedTooDeep,
                { } inner when e is ScriptPreparationException => inner.Message,
                _ => e.Message,
            });
        }
    }
}
