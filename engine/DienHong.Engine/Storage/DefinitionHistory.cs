namespace DienHong.Engine.Storage;

/// <summary>
/// A definition version's history row (lịch sử phiên bản) without its JSON: who saved it last and when, and who
/// published and retired it. Rows written before authors were kept show <c>system</c> and their creation time.
/// </summary>
public sealed record DefinitionHistory(
    string Id,
    string Key,
    int Version,
    DefinitionStatus Status,
    string Name,
    DefinitionStamp Saved,
    DefinitionStamp? Published,
    DefinitionStamp? Retired);
