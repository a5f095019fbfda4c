namespace DienHong.Benchmarks;

/// <summary>The salary-increase scenario as a DienHong definition: start, union review, head decision, publish, end.</summary>
public static class SalaryDefinition
{
    public const string Key = "salary-increase";

    public const string Json = """
        {
          "key": "salary-increase",
          "version": 1,
          "name": { "vi": "Nâng bậc lương", "en": "Salary-step increase" },
          "variables": [ { "name": "published", "type": "boolean" } ],
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "union-review", "type": "HumanTask", "assignee": { "role": "union-chair" }, "outcomes": ["Approve", "Reject"] },
            { "id": "head-decision", "type": "HumanTask", "assignee": { "role": "head" }, "outcomes": ["Approve", "Reject"] },
            { "id": "publish", "type": "SetVariable", "variable": "published", "value": true },
            { "id": "approved", "type": "End", "outcome": "Approved" },
            { "id": "rejected", "type": "End", "outcome": "Rejected" }
          ],
          "edges": [
            { "from": "start", "to": "union-review" },
            { "from": "union-review", "outcome": "Approve", "to": "head-decision" },
            { "from": "union-review", "outcome": "Reject", "to": "rejected" },
            { "from": "head-decision", "outcome": "Approve", "to": "publish" },
            { "from": "head-decision", "outcome": "Reject", "to": "rejected" },
            { "from": "publish", "to": "approved" }
          ]
        }
        """;
}
