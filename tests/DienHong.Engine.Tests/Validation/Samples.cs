using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Validation;

/// <summary>Definitions for the validator tests: a valid base and small mutations of it.</summary>
public static class Samples
{
    public const string StartNode = """{ "id": "start", "type": "Start" }""";

    public const string EndNode = """{ "id": "done", "type": "End", "outcome": "Approved" }""";

    /// <summary>A valid definition, laid out one node per line so line numbers can be checked.</summary>
    public const string Valid = """
        {
          "key": "salary-step-regular",
          "version": 1,
          "name": { "vi": "Nâng bậc lương", "en": "Salary step" },
          "variables": [ { "name": "score", "type": "number", "input": true } ],
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "head-decide", "type": "HumanTask", "assignee": { "role": "head" }, "outcomes": ["Approve", "Reject", "RequestChanges"], "due": { "workingDays": 5 } },
            { "id": "check", "type": "Decision", "condition": "=vars.score >= 80" },
            { "id": "done", "type": "End", "outcome": "Approved" },
            { "id": "rejected", "type": "End", "outcome": "Rejected" }
          ],
          "edges": [
            { "from": "start", "to": "head-decide" },
            { "from": "head-decide", "outcome": "Approve", "to": "check" },
            { "from": "head-decide", "outcome": "RequestChanges", "to": "head-decide" },
            { "from": "head-decide", "outcome": "Reject", "to": "rejected" },
            { "from": "check", "outcome": "True", "to": "done" },
            { "from": "check", "outcome": "False", "to": "rejected" }
          ]
        }
        """;

    /// <summary>start → (nodes) → done, with the given extra nodes and edges.</summary>
    public static string Flow(string nodes, string edges, string variables = "[]") =>
        Workflow("sample", string.Join(",", StartNode, nodes, EndNode), edges, variables);

    /// <summary>start → one node → done.</summary>
    public static string Through(string node, string id, string? outcome = null) =>
        Flow(node, string.Join(",", Edge("start", id), Edge(id, "done", outcome)));
}
