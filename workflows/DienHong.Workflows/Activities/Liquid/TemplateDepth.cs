using System.Runtime.CompilerServices;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;
using Fluid.Ast;

namespace DienHong.Workflows.Activities.Liquid;

/// <summary>
/// Refuses a parsed template nested deeper than the limit (a long chain of <c>and</c>, of filters, of nested
/// tags): rendering walks the same tree recursively, so a deep one would overflow the stack at every render.
/// </summary>
internal sealed class TemplateDepth(int max) : AstVisitor
{
    private int depth;

    public static void Check(Fluid.IFluidTemplate template, int max) => new TemplateDepth(max).VisitTemplate(template);

    public override Statement Visit(Statement statement) => Nested(() => base.Visit(statement));

    public override Expression Visit(Expression expression) => Nested(() => base.Visit(expression));

    private T Nested<T>(Func<T> visit)
    {
        Enter();
        try
        {
            return visit();
        }
        finally
        {
            depth--;
        }
    }

    private void Enter()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++depth > max)
        {
            throw new TemplateRenderException(Text.Format(TemplateMessages.TemplateDepth, max));
        }
    }
}
