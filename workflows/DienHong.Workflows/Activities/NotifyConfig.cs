using Fluid;

namespace DienHong.Workflows.Activities;

/// <summary>A Notify node's configuration: recipients, the parsed templates per language, channels and language.</summary>
public sealed record NotifyConfig(
    IReadOnlyList<NotifyRecipient> To,
    IReadOnlyDictionary<string, IFluidTemplate> Subject,
    IReadOnlyDictionary<string, IFluidTemplate> Body,
    IReadOnlyList<string> Channels,
    string? Language,
    string? LanguageExpression)
{
    public const string InApp = "in-app";
    public const string Email = "email";
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static readonly IReadOnlyList<string> AllChannels = [InApp, Email];

    /// <summary>The template of a language; English falls back to Vietnamese.</summary>
    public static IFluidTemplate For(IReadOnlyDictionary<string, IFluidTemplate> templates, string language) =>
        templates.TryGetValue(language, out var t) ? t : templates[Vietnamese];
}
