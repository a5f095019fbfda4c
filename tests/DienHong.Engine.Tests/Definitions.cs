namespace DienHong.Engine.Tests;

/// <summary>Builds small definitions for tests: nodes and edges as compact JSON fragments.</summary>
public static class Definitions
{
    public static string Workflow(string key, string nodes, string edges, string variables = "[]", int version = 1) => $$"""
        {
          "key": "{{key}}",
          "version": {{version}},
          "name": { "vi": "{{key}}", "en": "{{key}}" },
          "variables": {{variables}},
          "nodes": [ {{nodes}} ],
          "edges": [ {{edges}} ]
        }
        """;

    public static string Task(string id, string outcomes = "\"Done\"", string extra = "") =>
        $$"""{ "id": "{{id}}", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": [{{outcomes}}]{{extra}} }""";

    /// <summary>A task whose <c>Done</c> ends only its own branch (<c>"ends": { "Done": null }</c>).</summary>
    public static string LastTask(string id) => Task(id, "\"Done\"", ",\"ends\":{\"Done\":null}");

    public static string Node(string id, string type, string extra = "") =>
        $$"""{ "id": "{{id}}", "type": "{{type}}"{{extra}} }""";

    public static string Edge(string from, string to, string? outcome = null) =>
        outcome is null ? $$"""{ "from": "{{from}}", "to": "{{to}}" }""" : $$"""{ "from": "{{from}}", "to": "{{to}}", "outcome": "{{outcome}}" }""";
}
