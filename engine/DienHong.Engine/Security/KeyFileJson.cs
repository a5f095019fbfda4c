using System.Text.Json.Serialization;

namespace DienHong.Engine.Security;

/// <summary>Reads and writes <see cref="KeyFile"/> without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(KeyFile))]
internal sealed partial class KeyFileJson : JsonSerializerContext;
