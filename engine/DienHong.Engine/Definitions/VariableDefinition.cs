using System.Text.Json;

namespace DienHong.Engine.Definitions;

/// <summary>A declared instance variable (biến): name, type, whether the start input must give it, and a default.</summary>
public sealed record VariableDefinition(string Name, string Type, bool Required, JsonElement? Default);
