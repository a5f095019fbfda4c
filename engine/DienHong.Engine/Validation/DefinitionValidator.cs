using System.Text.Json;
using System.Text.RegularExpressions;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;

namespace DienHong.Engine.Validation;

/// <summary>
/// Checks a definition file against the JSON Schema and the rules of docs/format/definitions.md and reports every error, each
/// naming the file, the line, the node or edge and the rule.
/// </summary>
public sealed partial class DefinitionValidator(DefinitionCompiler compiler, DefinitionLimits limits)
{
    /// <summary>Validates a file, reading no more of it than the size limit (plus one byte).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public ValidationReport ValidateFile(string path)
    {
        string json;
        try
        {
            json = DefinitionText.ReadFile(path, limits);
        }
        catch (DefinitionInputException e)
        {
            return Unreadable(path, e);
        }

        return Validate(path, json);
    }

    public ValidationReport Validate(string file, string json)
    {
        WorkflowDefinition definition;
        JsonLineMap lines;
        try
        {
            DefinitionText.CheckSize(json, limits);
            definition = DefinitionReader.Read(json, limits, out lines);
        }
        catch (JsonException e)
        {
            var line = (int?)(e.LineNumber + 1);
            var column = (int?)(e.BytePositionInLine + 1);
            return new ValidationReport(file, [new ValidationError(file, line, column, null, null, "json", Text.Format(ValidationMessages.JsonMalformed, FirstSentence(e.Message)))]);
        }
        catch (DefinitionInputException e)
        {
            return Unreadable(file, e);
        }

        var errors = new List<ValidationError>();
        void Add(int? line, string? node, int? edge, string rule, string message) => errors.Add(new ValidationError(file, line, null, node, edge, rule, message));
        void Warn(int? line, string? node, int? edge, string rule, string message) =>
            errors.Add(new ValidationError(file, line, null, node, edge, rule, message, ValidationSeverity.Warning));

        using var document = JsonDocument.Parse(json, DefinitionReader.DocumentOptions(limits));
        var locator = new PointerLocator(lines, document.RootElement);
        var strict = new FindingSink(file, errors, locator);
        if (!CheckStrict(document.RootElement, definition, lines, strict, Warn))
        {
            return new ValidationReport(file, errors);
        }

        CheckHeader(definition, lines, Add);
        CheckNodes(definition, Add);
        CheckEdges(definition, Add);
        foreach (var issue in CompileIssues(definition))
        {
            Add(issue.NodeId is { } n ? definition.FindNode(n)?.Line : null, issue.NodeId, issue.EdgeIndex, issue.Rule, issue.Message);
        }

        CheckOutcomes(definition, Add);
        CheckGraph(definition, Add, Warn);
        FlowChecks.Check(definition, compiler.Activities, Add, Warn);
        DisclosureRoutingCheck.Check(definition, Warn);
        InputMarkingCheck.Check(definition, document.RootElement, lines, Add, Warn);
        AddSchemaErrors(document.RootElement, locator, strict, errors, Add);
        return new ValidationReport(file, errors.OrderBy(e => e.Line ?? 0).ToList());
    }

    private static void CheckHeader(WorkflowDefinition d, JsonLineMap lines, Action<int?, string?, int?, string, string> add)
    {
        if (d.Key.Length > 0 && !KebabCase().IsMatch(d.Key))
        {
            add(lines.LineOf("/key"), null, null, "key-format", Text.Format(ValidationMessages.KeyFormat, d.Key));
        }
    }

    private static void CheckNodes(WorkflowDefinition d, Action<int?, string?, int?, string, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in d.Nodes)
        {
            if (!seen.Add(node.Id))
            {
                add(node.Line, node.Id, null, "duplicate-id", Text.Format(ValidationMessages.DuplicateId, node.Id));
            }

            if (!KebabCase().IsMatch(node.Id))
            {
                add(node.Line, node.Id, null, "id-format", Text.Format(ValidationMessages.IdFormat, node.Id));
            }
        }

        var starts = d.Nodes.Where(n => n.Type == "Start").ToList();
        if (starts.Count == 0)
        {
            add(null, null, null, "start-count", ValidationMessages.NoStart);
        }
        else if (starts.Count > 1)
        {
            foreach (var extra in starts.Skip(1))
            {
                add(extra.Line, extra.Id, null, "start-count", Text.Format(ValidationMessages.SeveralStarts, starts.Count, string.Join(", ", starts.Select(s => s.Id))));
            }
        }
    }

    private static void CheckEdges(WorkflowDefinition d, Action<int?, string?, int?, string, string> add)
    {
        foreach (var edge in d.Edges)
        {
            foreach (var end in new[] { edge.From, edge.To }.Distinct())
            {
                if (d.FindNode(end) is null)
                {
                    add(edge.Line, null, edge.Index, "missing-node", Text.Format(ValidationMessages.EdgeMissingNode, edge, end));
                }
            }
        }

        foreach (var join in d.Nodes.Where(n => n.Type == "Join"))
        {
            var inbound = d.Edges.Count(e => e.To == join.Id);
            if (inbound < 2)
            {
                add(join.Line, join.Id, null, "join-inbound", Text.Format(ValidationMessages.JoinInbound, inbound));
            }
        }
    }

    private List<DefinitionIssue> CompileIssues(WorkflowDefinition d)
    {
        var issues = new List<DefinitionIssue>();
        compiler.TryCompile("validation", d, issues);
        return issues;
    }

    private void CheckOutcomes(WorkflowDefinition d, Action<int?, string?, int?, string, string> add)
    {
        foreach (var edge in d.Edges.Where(e => e.Outcome is not null))
        {
            if (d.FindNode(edge.From) is not { } source || compiler.Activities.Find(source.Type) is not { } activity)
            {
                continue;
            }

            var outcomes = activity.Outcomes(source);
            if (!outcomes.Contains(edge.Outcome!) && edge.Outcome != Outcomes.Faulted)
            {
                var known = outcomes.Count == 0 ? ValidationMessages.NoOutcomes : string.Join(", ", outcomes);
                add(edge.Line, source.Id, null, "unknown-outcome", Text.Format(ValidationMessages.UnknownOutcome, edge.Outcome, source.Type, known));
            }
        }
    }

    /// <summary>
    /// Every node must be reachable from Start and must reach an End, a node without outgoing edges, or a node whose
    /// <c>ends</c> ends its branch or the case on some outcome (a loop that can leave that way is no trap).
    /// </summary>
    private static void CheckGraph(WorkflowDefinition d, Action<int?, string?, int?, string, string> add, Action<int?, string?, int?, string, string> warn)
    {
        var start = d.Nodes.FirstOrDefault(n => n.Type == "Start");
        if (start is null)
        {
            return;
        }

        var ids = d.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = d.Edges.Where(e => ids.Contains(e.From) && ids.Contains(e.To)).ToList();
        var forward = Reach([start.Id], edges.ToLookup(e => e.From, e => e.To));
        var terminals = d.Nodes.Where(n => n.Type == "End" || EndsSomething(n) || edges.All(e => e.From != n.Id)).Select(n => n.Id);
        var backward = Reach(terminals, edges.ToLookup(e => e.To, e => e.From));
        foreach (var node in d.Nodes.DistinctBy(n => n.Id))
        {
            if (!forward.Contains(node.Id))
            {
                add(node.Line, node.Id, null, "unreachable", ValidationMessages.Unreachable);
            }
            else if (!backward.Contains(node.Id))
            {
                warn(node.Line, node.Id, null, "trap", ValidationMessages.Trap);
            }
        }
    }

    internal static HashSet<string> Reach(IEnumerable<string> from, ILookup<string, string> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(from);
        while (stack.TryPop(out var n))
        {
            if (seen.Add(n))
            {
                foreach (var m in next[n])
                {
                    stack.Push(m);
                }
            }
        }

        return seen;
    }

    /// <summary>Schema errors, except where a semantic or strict rule already explained the same node, edge or place.</summary>
    private static void AddSchemaErrors(JsonElement root, PointerLocator locator, FindingSink strict, List<ValidationError> errors, Action<int?, string?, int?, string, string> add)
    {
        foreach (var (pointer, message) in SchemaCheck.Check(root))
        {
            var (line, node, edge) = locator.Locate(pointer);
            var explained = strict.Explains(pointer)
                || errors.Any(x => !x.IsWarning && (node is not null && x.NodeId == node) || (edge is not null && x.EdgeIndex == edge)
                    || (pointer == "/key" && x.Rule == "key-format"));
            if (!explained)
            {
                add(line, node, edge, "schema", Text.Format(ValidationMessages.Schema, $"{(pointer.Length == 0 ? "/" : pointer)}: {message}"));
            }
        }
    }

    private static string FirstSentence(string message) => message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    private static bool EndsSomething(NodeDefinition node) =>
        node.TryGetProperty(NodeEnds.Property, out var ends) && ends.ValueKind == JsonValueKind.Object && ends.EnumerateObject().Any();
}
