using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;

namespace DienHong.Engine.Validation;

/// <summary>
/// In a catalog workflow (quy trình trong danh mục: a definition that states its <c>legalBasis</c>), work given to
/// people should have a time limit: a node whose type declares <c>due</c> but that sets none is a warning.
/// </summary>
internal static class CatalogDueCheck
{
    public static void Check(WorkflowDefinition definition, DefinitionCompiler compiler, Action<int?, string?, int?, string, string> warn)
    {
        if (definition.LegalBasis.Count == 0)
        {
            return;
        }

        foreach (var node in definition.Nodes)
        {
            if (compiler.Activities.Find(node.Type)?.Descriptor.Property("due") is not null && !(node.TryGetProperty("due", out var due) && due.ValueKind != System.Text.Json.JsonValueKind.Null))
            {
                warn(node.Line, node.Id, null, "catalog-due", Text.Format(ValidationMessages.CatalogDue, node.Type));
            }
        }
    }
}
