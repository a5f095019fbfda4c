using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Designer.Versions;

/// <summary>One version of a workflow in its history (một phiên bản): status, who saved, published and retired it, and how many cases still run on it.</summary>
public sealed record VersionItem(int Version, DefinitionStatus Status, string Name, VersionStamp Saved, VersionStamp? Published, VersionStamp? Retired, int Running);
