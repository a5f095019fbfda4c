using Acornima;
using Acornima.Ast;

namespace DienHong.Engine.Expressions;

/// <summary>Finds the names an expression reads from <c>vars</c> (<c>vars.x</c> and <c>vars["x"]</c>).</summary>
public static class VariableReferences
{
    public static IReadOnlySet<string> Of(CompiledExpression expression)
    {
        var finder = new Finder();
        finder.Visit(expression.Script.Program!);
        return finder.Names;
    }

    private sealed class Finder : AstVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override object? VisitMemberExpression(MemberExpression node)
        {
            if (node.Object is Identifier { Name: "vars" })
            {
                switch (node.Property)
                {
                    case Identifier id when !node.Computed:
                        Names.Add(id.Name);
                        break;
                    case StringLiteral s when node.Computed:
                        Names.Add(s.Value);
                        break;
                }
            }

            return base.VisitMemberExpression(node);
        }
    }
}
