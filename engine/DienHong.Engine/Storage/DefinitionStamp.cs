namespace DienHong.Engine.Storage;

/// <summary>Who did something to a definition version and when (người thực hiện, thời điểm), on the engine's clock.</summary>
public sealed record DefinitionStamp(string By, DateTimeOffset At);
