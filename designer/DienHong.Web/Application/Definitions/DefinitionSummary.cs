using DienHong.Calendar;
using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Definitions;

/// <summary>A definition version (phiên bản quy trình) as a list shows it.</summary>
public sealed record DefinitionSummary(string Id, string Key, int Version, DefinitionStatus Status, LocalizedText Name);
