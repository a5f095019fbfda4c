using System.Text.Json;
using System.Text.Json.Serialization;

namespace DienHong.Engine.Activities;

/// <summary>How typed node states are stored: camelCase keys, enums as camelCase names, nulls left out.</summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
