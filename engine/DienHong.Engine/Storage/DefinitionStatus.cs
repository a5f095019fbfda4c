namespace DienHong.Engine.Storage;

/// <summary>A definition version's status: a draft is edited, a published one runs and never changes, a retired one starts nothing new.</summary>
public enum DefinitionStatus
{
    Draft,
    Published,
    Retired,
}
