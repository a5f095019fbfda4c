namespace DienHong.Engine.Definitions;

/// <summary>The kind of value a property takes; the validator checks the shape and the designer picks an editor.</summary>
public enum PropertyKind
{
    /// <summary>A JSON literal or an <c>=</c> expression.</summary>
    Value,

    /// <summary>An <c>=</c> expression, required to be one.</summary>
    Expression,

    /// <summary>A plain string.</summary>
    Text,

    /// <summary>A bilingual text <c>{ "vi", "en" }</c>.</summary>
    LocalizedText,

    /// <summary>A Liquid template.</summary>
    Template,

    /// <summary>A duration such as <c>{ "workingDays": 5 }</c>.</summary>
    Duration,

    /// <summary>Who does a task: <c>{ "role" }</c>, <c>{ "user" }</c> or <c>{ "expression" }</c>.</summary>
    Assignee,

    /// <summary>A list of names.</summary>
    StringList,

    Number,

    Boolean,

    /// <summary>Any JSON the activity reads itself.</summary>
    Json,

    /// <summary>A calendar date <c>yyyy-MM-dd</c>.</summary>
    Date,
}
