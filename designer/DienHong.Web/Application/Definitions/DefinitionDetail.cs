using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Definitions;

/// <summary>A definition version with its JSON (the flowchart as written).</summary>
public sealed record DefinitionDetail(string Id, string Key, int Version, DefinitionStatus Status, LocalizedText Name, LocalizedText? Description, JsonElement Definition);
