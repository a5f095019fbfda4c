namespace DienHong.Engine.Definitions;

/// <summary>What is wrong with a piece of the JSON text itself.</summary>
public enum JsonIssueKind
{
    /// <summary>A key appears twice in one object (which of the two counts would be a guess).</summary>
    DuplicateKey,

    /// <summary>A property name longer than <see cref="DefinitionLimits.MaxNameLength"/>.</summary>
    LongName,

    /// <summary>A string longer than <see cref="DefinitionLimits.MaxStringLength"/>.</summary>
    LongString,

    /// <summary>An expression longer than <see cref="DefinitionLimits.MaxExpressionLength"/>.</summary>
    LongExpression,
}
