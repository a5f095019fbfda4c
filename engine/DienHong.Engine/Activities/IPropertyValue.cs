using System.Text.Json;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Activities;

/// <summary>
/// A configuration value with a shape of its own (an assignee, a completion policy, a reminder list): it says which
/// kind of property it is, which keys its objects have, and reads itself, reporting what is wrong to the context
/// with the property's name. The binder calls it once per definition version.
/// </summary>
public interface IPropertyValue<TSelf>
    where TSelf : class
{
    static abstract PropertyKind Kind { get; }

    /// <summary>The keys of its objects, for the validator's unknown-key check; null when it has none of its own.</summary>
    static abstract ObjectShape? Shape { get; }

    /// <summary>Reads a present value; null (with an error reported) when it is malformed.</summary>
    static abstract TSelf? Read(JsonElement value, NodeCompileContext context, string property);
}
