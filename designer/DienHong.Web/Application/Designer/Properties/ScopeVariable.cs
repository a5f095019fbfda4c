namespace DienHong.Web.Application.Designer.Properties;

/// <summary>
/// A name an expression may read (biến trong phạm vi): a declared variable (<c>vars.x</c>) or one the engine provides
/// (<c>input</c>, <c>now</c>, <c>today</c>), with its description in the reader's language.
/// </summary>
public sealed record ScopeVariable(string Name, string? Type, string? Description, bool Declared);
