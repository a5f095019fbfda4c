using Acornima.Ast;

namespace DienHong.Engine.Expressions;

/// <summary>
/// A plain expression only reads values and combines them with operators and array or template literals
/// (<c>vars.score &gt;= 80 &amp;&amp; vars.kind === 'A'</c>): no call, <c>new</c>, function, assignment, object
/// literal, spread or loop. It cannot run any function of its choosing, so nothing it builds is larger than its
/// source and its variables, and it runs without the guarded built-ins, which cost a few microseconds to set up.
/// </summary>
internal static class PlainExpression
{
    private static readonly HashSet<NodeType> Allowed =
    [
        NodeType.Program, NodeType.ExpressionStatement, NodeType.EmptyStatement, NodeType.Literal, NodeType.Identifier,
        NodeType.ThisExpression, NodeType.MemberExpression, NodeType.ChainExpression, NodeType.UnaryExpression,
        NodeType.BinaryExpression, NodeType.LogicalExpression, NodeType.ConditionalExpression, NodeType.SequenceExpression,
        NodeType.ArrayExpression, NodeType.TemplateLiteral, NodeType.TemplateElement, NodeType.ParenthesizedExpression,
    ];

    public static bool Is(Node program)
    {
        var pending = new Stack<Node>();
        pending.Push(program);
        while (pending.TryPop(out var node))
        {
            if (!Allowed.Contains(node.Type))
            {
                return false;
            }

            foreach (var child in node.ChildNodes)
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }

        return true;
    }
}
