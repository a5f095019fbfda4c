using System.Reflection;
using System.Text.Json;
using Json.Schema;

namespace DienHong.Engine.Validation;

/// <summary>Checks a definition against the shipped JSON Schema (<c>workflows/schema/workflow.schema.json</c>).</summary>
internal static class SchemaCheck
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("workflow.schema.json")
            ?? throw new InvalidOperationException("The workflow JSON Schema is not embedded.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    /// <summary>Schema violations as (JSON pointer, message), only from the branches that made the document fail.</summary>
    public static IReadOnlyList<(string Pointer, string Message)> Check(JsonElement document)
    {
        var result = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var found = new List<(string, string)>();
        Collect(result, found);
        return found;
    }

    private static void Collect(EvaluationResults result, List<(string, string)> found)
    {
        if (result.IsValid)
        {
            return;
        }

        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var (keyword, message) in errors)
            {
                found.Add((result.InstanceLocation.ToString(), $"{keyword}: {message}"));
            }
        }

        foreach (var child in result.Details ?? [])
        {
            Collect(child, found);
        }
    }
}
