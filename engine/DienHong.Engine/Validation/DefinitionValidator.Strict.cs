using System.Text.Json;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Validation;

/// <summary>The strict part of validation: input limits, the version, unknown keys, ranges, catalog time limits.</summary>
public sealed partial class DefinitionValidator
{
    /// <summary>
    /// The rules that make a text unreadable or ambiguous, not merely an unfinished definition: not JSON, not UTF-8,
    /// a repeated key, a broken input limit.
    /// </summary>
    public static readonly IReadOnlySet<string> InputRules = new HashSet<string>(StringComparer.Ordinal)
    {
        "json", "utf8", "duplicate-key", "limit-size", "limit-depth", "limit-count", "limit-name", "limit-string", "limit-expression",
    };

    /// <summary>The limits this validator holds definitions to.</summary>
    public DefinitionLimits Limits => limits;

    /// <summary>False when the definition is too large for the other checks to run.</summary>
    private bool CheckStrict(JsonElement root, WorkflowDefinition definition, JsonLineMap lines, FindingSink sink, Action<int?, string?, int?, string, string> warn)
    {
        if (InputLimitCheck.TooLarge(root, limits, sink))
        {
            return false;
        }

        InputLimitCheck.Check(root, lines, limits, sink);
        VersionCheck.Check(root, sink);
        ShapeCheck.Check(root, compiler.Activities, limits, sink);
        CatalogDueCheck.Check(definition, compiler, warn);
        return true;
    }

    private static ValidationReport Unreadable(string file, DefinitionInputException e) =>
        new(file, [new ValidationError(file, e.Line, e.Column, null, null, e.Rule, e.Message)]);
}
