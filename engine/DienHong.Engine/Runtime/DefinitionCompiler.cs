using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Runtime;

/// <summary>
/// Prepares a definition version: resolves activities, lets each read its configuration, checks the properties
/// its descriptor declares, parses every expression once and indexes the edges.
/// </summary>
public sealed class DefinitionCompiler(ActivityRegistry activities)
{
    public ActivityRegistry Activities { get; } = activities;

    /// <summary>Compiles or throws <see cref="DefinitionCompileException"/>.</summary>
    internal CompiledDefinition Compile(string id, WorkflowDefinition definition)
    {
        var issues = new List<DefinitionIssue>();
        var compiled = TryCompile(id, definition, issues);
        return compiled ?? throw new DefinitionCompileException(definition.Key, issues);
    }

    /// <summary>Compiles, reporting every problem to <paramref name="issues"/>; null when there is any.</summary>
    internal CompiledDefinition? TryCompile(string id, WorkflowDefinition definition, List<DefinitionIssue> issues)
    {
        var before = issues.Count;
        var expressions = new Dictionary<string, CompiledExpression>(StringComparer.Ordinal);
        var nodes = new List<CompiledNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in definition.Nodes)
        {
            if (!seen.Add(node.Id))
            {
                continue;
            }

            void Report(string rule, string message)
            {
                // A property checked both by its descriptor and by the activity is reported once.
                if (!issues.Any(i => i.NodeId == node.Id && i.Rule == rule && i.Message == message))
                {
                    issues.Add(new DefinitionIssue(node.Id, null, rule, message));
                }
            }

            var activity = Activities.Find(node.Type);
            if (activity is null)
            {
                Report("unknown-type", Text.Format(ValidationMessages.UnknownType, node.Type, string.Join(", ", Activities.Types)));
                continue;
            }

            CheckDeclaredProperties([.. activity.Descriptor.Properties, .. CommonNodeProperties.All], activity.Descriptor.Type, node, Report);
            foreach (var (name, value) in node.Properties)
            {
                CollectExpressions(value, name, expressions, definition, Report);
            }

            var context = new NodeCompileContext(definition, node, Report);
            object? config;
            try
            {
                config = activity.Compile(context);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                Report("property", e.Message);
                config = null;
            }

            nodes.Add(new CompiledNode(nodes.Count, node, activity, config, RoleOf(activity, config)) { Ends = NodeEnds.Read(node, m => Report("ends", m)) });
        }

        var edges = IndexEdges(definition, nodes, issues);
        if (issues.Count > before || nodes.Count(n => n.Role == NodeRole.Start) != 1)
        {
            return null;
        }

        return new CompiledDefinition(id, definition, nodes, edges, expressions);
    }

    /// <summary>A join whose policy did not compile is reported already; it never runs, so its role does not matter then.</summary>
    private static NodeRole RoleOf(IActivity activity, object? config) => activity switch
    {
        DienHong.Engine.Activities.Core.StartActivity => NodeRole.Start,
        DienHong.Engine.Activities.Core.JoinActivity when config is JoinPolicy => NodeRole.Join,
        DienHong.Engine.Activities.Core.EndActivity => NodeRole.End,
        _ => NodeRole.Activity,
    };

    private static List<CompiledEdge> IndexEdges(WorkflowDefinition definition, List<CompiledNode> nodes, List<DefinitionIssue> issues)
    {
        var index = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = new List<CompiledEdge>();
        foreach (var edge in definition.Edges)
        {
            if (index.TryGetValue(edge.From, out var from) && index.TryGetValue(edge.To, out var to))
            {
                edges.Add(new CompiledEdge(edge.Index, from.Index, to.Index, edge.Outcome));
            }
        }

        foreach (var node in nodes)
        {
            node.Outgoing = edges.Where(e => e.From == node.Index).ToArray();
            node.Incoming = edges.Where(e => e.To == node.Index).ToArray();
        }

        return edges;
    }

    private static void CheckDeclaredProperties(IReadOnlyList<PropertyDescriptor> properties, string type, NodeDefinition node, Action<string, string> report)
    {
        foreach (var property in properties)
        {
            var present = node.TryGetProperty(property.Name, out var value) && value.ValueKind != JsonValueKind.Null;
            if (!present)
            {
                if (property.Required)
                {
                    report("required", Text.Format(ValidationMessages.MissingProperty, property.Name, type));
                }

                continue;
            }

            if (ExpressionText.IsExpression(value))
            {
                continue;
            }

            var problem = property.Kind switch
            {
                PropertyKind.Expression => ValidationMessages.MustBeExpression,
                PropertyKind.Duration => DurationJson.TryRead(value, out _, out var p) ? null : p,
                PropertyKind.Assignee => AssigneeProblem(value),
                PropertyKind.StringList when value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String)
                    => ValidationMessages.MustBeNames,
                PropertyKind.LocalizedText => DefinitionReader.Text(value) is null ? ValidationMessages.MustBeLocalizedText : null,
                PropertyKind.Number when value.ValueKind != JsonValueKind.Number => ValidationMessages.MustBeNumber,
                PropertyKind.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) => ValidationMessages.MustBeBoolean,
                PropertyKind.Text or PropertyKind.Template when value.ValueKind != JsonValueKind.String && DefinitionReader.Text(value) is null
                    => ValidationMessages.MustBeText,
                _ => null,
            };
            if (problem is not null)
            {
                report(property.Kind == PropertyKind.Duration ? "duration" : "property", Text.Format(ValidationMessages.PropertyProblem, property.Name, problem));
            }
        }
    }

    private static string? AssigneeProblem(JsonElement value)
    {
        var shape = ValidationMessages.AssigneeShape;
        if (value.ValueKind != JsonValueKind.Object)
        {
            return shape;
        }

        var known = value.EnumerateObject().Count(p => p.Name is "role" or "user" or "expression" && p.Value.ValueKind == JsonValueKind.String);
        return known == 1 ? null : shape;
    }

    private static void CollectExpressions(
        JsonElement value,
        string path,
        Dictionary<string, CompiledExpression> expressions,
        WorkflowDefinition definition,
        Action<string, string> report)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when ExpressionText.IsExpression(value):
                var source = value.GetString()!;
                if (!expressions.TryGetValue(source, out var compiled))
                {
                    try
                    {
                        compiled = expressions[source] = ExpressionCompiler.Compile(source);
                    }
                    catch (ExpressionSyntaxException e)
                    {
                        report("expression", Text.Format(ValidationMessages.ExpressionSyntax, path, source, e.Reason));
                        return;
                    }
                }

                // Parsed once per definition, but every use is checked: each node reading an unknown variable is named.
                foreach (var name in VariableReferences.Of(compiled))
                {
                    if (definition.FindVariable(name) is null)
                    {
                        report("unknown-variable", Text.Format(ValidationMessages.UnknownVariable, path, source, name));
                    }
                }

                return;
            case JsonValueKind.Object:
                foreach (var p in value.EnumerateObject())
                {
                    CollectExpressions(p.Value, $"{path}.{p.Name}", expressions, definition, report);
                }

                return;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CollectExpressions(item, $"{path}[{i++}]", expressions, definition, report);
                }

                return;
        }
    }
}
