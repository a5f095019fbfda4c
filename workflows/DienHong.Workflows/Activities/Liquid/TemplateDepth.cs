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

    public override Statement Visit(Statement statement)
    {
        Enter();
        try
        {
            return base.Visit(statement);
        }
        finally
        {
            depth--;
        }
    }

    public override Expression Visit(Expression expression)
    {
        Enter();
        try
        {
            return base.Visit(expression);
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
