using DienHong.Engine.Definitions;

namespace DienHong.Engine.Activities;

/// <summary>
/// Declares a property of a node type on the parameter of its configuration record that receives it (thuộc tính):
/// its bilingual description, whether it is required, its default (JSON, read as if the node had written it), and,
/// when the parameter's type does not imply it, its <see cref="PropertyKind"/>. The descriptor, the unknown-key
/// shapes and the binding of the node's JSON all come from this one declaration.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PropertyAttribute : Attribute
{
    public PropertyAttribute(string vi, string en)
    {
        Vi = vi;
        En = en;
    }

    public PropertyAttribute(PropertyKind kind, string vi, string en)
        : this(vi, en)
    {
        Kind = kind;
    }

    public string Vi { get; }

    public string En { get; }

    /// <summary>The kind, when given; otherwise it follows from the parameter's type.</summary>
    public PropertyKind? Kind { get; }

    /// <summary>The property's JSON name; default: the parameter's name.</summary>
    public string? Name { get; set; }

    public bool Required { get; set; }

    /// <summary>The value used when the node does not set the property, as JSON (<c>{ "workingDays": 5 }</c>, <c>true</c>).</summary>
    public string? Default { get; set; }

    /// <summary>A duration that may be 0.</summary>
    public bool ZeroAllowed { get; set; }

    /// <summary>The property names an instance variable, which the definition must declare.</summary>
    public bool Variable { get; set; }
}
