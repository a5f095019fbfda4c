namespace DienHong.Workflows.Activities.Liquid;

/// <summary>
/// A template that cannot be rendered: it broke one of its <see cref="TemplateLimits"/>, or asked for another
/// template (<c>include</c>, <c>render</c>); the message says which, for people.
/// </summary>
public sealed class TemplateRenderException(string message) : Exception(message);
