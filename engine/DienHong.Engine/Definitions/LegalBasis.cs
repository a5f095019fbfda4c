namespace DienHong.Engine.Definitions;

/// <summary>The legal basis (căn cứ pháp lý) of a definition or step: document, articles and effective dates.</summary>
public sealed record LegalBasis(string Document, string? Article, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, string? Note);
