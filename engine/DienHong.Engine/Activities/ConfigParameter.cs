using System.Reflection;
using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Activities;

/// <summary>One parameter of a configuration record: the property it declares and the reader that binds it.</summary>
internal sealed class ConfigParameter
{
    private readonly Func<NodeCompileContext, JsonElement?, string, object?> reader;
    private readonly string name;
    private readonly JsonElement? fallback;
    private readonly bool variable;

    private ConfigParameter(ParameterInfo parameter, PropertyAttribute? declared)
    {
        name = declared?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        variable = declared?.Variable ?? false;
        fallback = declared?.Default is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null;
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        (reader, var kind, var shape) = declared is null ? ((_, _, _) => null, PropertyKind.Json, null) : ReaderFor(type);
        if (declared is not null)
        {
            Descriptor = new PropertyDescriptor(name, declared.Kind ?? kind, declared.Required, new LocalizedText(declared.Vi, declared.En))
            {
                Shape = shape,
                ZeroAllowed = declared.ZeroAllowed,
            };
        }
    }

    /// <summary>The property as the descriptor lists it; null for a parameter that is not a node property.</summary>
    public PropertyDescriptor? Descriptor { get; }

    public static ConfigParameter Of(ParameterInfo parameter) => new(parameter, parameter.GetCustomAttribute<PropertyAttribute>());

    public object? Read(NodeCompileContext context) =>
        variable ? context.Variable(name) : reader(context, context.Property(name) ?? fallback, name);

    private static (Func<NodeCompileContext, JsonElement?, string, object?> Reader, PropertyKind Kind, ObjectShape? Shape) ReaderFor(Type type)
    {
        if (type == typeof(string))
        {
            return ((_, v, _) => v is { ValueKind: JsonValueKind.String } s ? s.GetString() : null, PropertyKind.Text, null);
        }

        if (type == typeof(bool))
        {
            return ((_, v, _) => v is { ValueKind: JsonValueKind.True }, PropertyKind.Boolean, null);
        }

        if (type == typeof(DurationValue))
        {
            return ((c, v, n) => v is { } d ? c.Duration(d, n) : null, PropertyKind.Duration, null);
        }

        if (type == typeof(IReadOnlyList<string>))
        {
            return ((_, v, _) => v is { ValueKind: JsonValueKind.Array } list
                ? list.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.String).Select(o => o.GetString()!).ToList()
                : null, PropertyKind.StringList, null);
        }

        if (type == typeof(JsonElement))
        {
            return ((_, v, _) => v?.Clone(), PropertyKind.Value, null);
        }

        if (IsValue(type))
        {
            var typed = (IValueReader)Activator.CreateInstance(typeof(ValueReader<>).MakeGenericType(type))!;
            return (typed.Read, typed.Kind, typed.Shape);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && IsValue(type.GetGenericArguments()[0]))
        {
            var typed = (IValueReader)Activator.CreateInstance(typeof(ListReader<>).MakeGenericType(type.GetGenericArguments()[0]))!;
            return (typed.Read, typed.Kind, typed.Shape);
        }

        throw new InvalidOperationException(
            $"A configuration parameter of type {type.Name} has no reader: use string, bool, DurationValue, IReadOnlyList<string>, JsonElement or an IPropertyValue type.");
    }

    private static bool IsValue(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPropertyValue<>));

    private interface IValueReader
    {
        PropertyKind Kind { get; }

        ObjectShape? Shape { get; }

        object? Read(NodeCompileContext context, JsonElement? value, string property);
    }

    private sealed class ValueReader<T> : IValueReader
        where T : class, IPropertyValue<T>
    {
        public PropertyKind Kind => T.Kind;

        public ObjectShape? Shape => T.Shape;

        public object? Read(NodeCompileContext context, JsonElement? value, string property) =>
            value is { } v ? T.Read(v, context, property) : null;
    }

    /// <summary>A list of shaped values: each item read on its own; a malformed item is reported and left out.</summary>
    private sealed class ListReader<T> : IValueReader
        where T : class, IPropertyValue<T>
    {
        public PropertyKind Kind => PropertyKind.Json;

        public ObjectShape? Shape => T.Shape;

        public object? Read(NodeCompileContext context, JsonElement? value, string property)
        {
            if (value is not { } v)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.Array)
            {
                context.Error(Text.Format(ValidationMessages.NotAList, property));
                return null;
            }

            var items = new List<T>();
            foreach (var item in v.EnumerateArray())
            {
                if (T.Read(item, context, property) is { } read)
                {
                    items.Add(read);
                }
            }

            return items;
        }
    }
}
