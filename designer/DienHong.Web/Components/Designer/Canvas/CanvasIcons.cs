using DienHong.Web.Application.Designer.Canvas;
using DienHong.Web.Resources;
using MudBlazor;

namespace DienHong.Web.Components.Designer.Canvas;

/// <summary>The icon and label of an activity category and of a palette group (biểu tượng theo nhóm), never per type.</summary>
public static class CanvasIcons
{
    public static string Category(string category) => category switch
    {
        "control" => Icons.Material.Outlined.CallSplit,
        "events" => Icons.Material.Outlined.Sensors,
        "time" => Icons.Material.Outlined.Schedule,
        "people" => Icons.Material.Outlined.Person,
        "communication" => Icons.Material.Outlined.Email,
        "governance" => Icons.Material.Outlined.HowToVote,
        "organisation" => Icons.Material.Outlined.Apartment,
        _ => Icons.Material.Outlined.Extension,
    };

    public static string Group(string group) => group switch
    {
        PaletteGroup.Flow => Icons.Material.Outlined.AccountTree,
        PaletteGroup.People => Icons.Material.Outlined.Groups,
        PaletteGroup.Democracy => Icons.Material.Outlined.HowToVote,
        PaletteGroup.Time => Icons.Material.Outlined.Schedule,
        _ => Icons.Material.Outlined.Extension,
    };

    /// <summary>The group's name in the reader's language; a category no group names shows as it is.</summary>
    public static string GroupName(string group) => DesignerCanvasText.ResourceManager.GetString($"Group_{group}", System.Globalization.CultureInfo.CurrentUICulture) ?? group;
}
