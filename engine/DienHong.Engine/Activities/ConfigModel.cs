using System.Reflection;

namespace DienHong.Engine.Activities;

/// <summary>
/// The properties of a configuration record, reflected once per type: each parameter of its primary constructor
/// marked <see cref="PropertyAttribute"/> is a node property. Gives the descriptor's property list and binds a
/// node's JSON to a new record with the shared readers.
/// </summary>
public sealed class ConfigModel
{
    private readonly ConstructorInfo constructor;
    private readonly ConfigParameter[] parameters;

    private ConfigModel(Type type)
    {
        constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        parameters = [.. constructor.GetParameters().Select(ConfigParameter.Of)];
        Properties = [.. parameters.Where(p => p.Descriptor is not null).Select(p => p.Descriptor!)];
    }

    public IReadOnlyList<PropertyDescriptor> Properties { get; }

    /// <summary>The model of <typeparamref name="TConfig"/>, reflected at its first use.</summary>
    public static ConfigModel Of<TConfig>()
        where TConfig : class => Cache<TConfig>.Model;

    /// <summary>Reads the node's properties into a new configuration, reporting each malformed one to the context.</summary>
    public object Bind(NodeCompileContext context) => constructor.Invoke([.. parameters.Select(p => p.Read(context))]);

    private static class Cache<TConfig>
    {
        public static readonly ConfigModel Model = new(typeof(TConfig));
    }
}
