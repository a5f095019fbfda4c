using System.Text.Json.Nodes;

namespace DienHong.Engine.Expressions;

/// <summary>What an expression sees: <c>vars</c>, <c>input</c> and <c>now</c>.</summary>
public sealed record ExpressionScope(JsonObject Vars, JsonNode? Input, DateTimeOffset Now, JsonNode? Item = null);
