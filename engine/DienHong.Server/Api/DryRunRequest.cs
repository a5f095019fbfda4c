using System.Text.Json.Nodes;

namespace DienHong.Server.Api;

/// <summary>
/// A dry run asked for (yêu cầu chạy thử): the definition's JSON object as the designer holds it, unsaved, and the
/// scenario as its JSON text (so findings name its lines) or as an object.
/// </summary>
public sealed record DryRunRequest(JsonObject? Definition, JsonNode? Scenario);
