namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>A group of the palette (nhóm bước): flow, people, democracy, time, or a category no group names.</summary>
public sealed record PaletteGroup(string Key, IReadOnlyList<PaletteItem> Items)
{
    public const string Flow = "flow";
    public const string People = "people";
    public const string Democracy = "democracy";
    public const string Time = "time";

    /// <summary>The palette group of an activity category; a category this table does not know is a group of its own, so a new activity is never hidden.</summary>
    public static string Of(string category) => category switch
    {
        "control" or "events" or "organisation" => Flow,
        "people" or "communication" => People,
        "governance" => Democracy,
        "time" => Time,
        _ => category,
    };

    /// <summary>The groups in the order the palette shows them; other categories follow.</summary>
    public static IReadOnlyList<string> Order { get; } = [Flow, People, Democracy, Time];
}
