using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// The form of the post-by task (biểu mẫu niêm yết), in the shape of a HumanTask's form so the inbox renders it
/// the same way: the proof (an attachment, needed to complete it) and the channels used, a checklist of those the
/// definition names, all ticked at first.
/// </summary>
internal static class DisclosurePostingForm
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static JsonArray Of(IReadOnlyList<string> channels) =>
    [
        new JsonObject
        {
            ["name"] = "attachments",
            ["type"] = "attachments",
            ["requiredFor"] = new JsonArray(DisclosureActivity.Posted),
            ["label"] = Label("PostingFormProof"),
            ["description"] = Label("PostingFormProofHelp"),
        },
        new JsonObject
        {
            ["name"] = "channels",
            ["type"] = "checklist",
            ["options"] = new JsonArray([.. channels.Select(c => (JsonNode?)new JsonObject { ["value"] = c, ["label"] = Label("Channel_" + c) })]),
            ["default"] = DisclosureSupport.Strings(channels),
            ["label"] = Label("PostingFormChannels"),
        },
    ];

    private static JsonObject Label(string name) => new()
    {
        ["vi"] = ActivityMessages.ResourceManager.GetString(name, Vietnamese),
        ["en"] = ActivityMessages.ResourceManager.GetString(name, English),
    };
}
