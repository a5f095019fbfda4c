using System.Net;
using System.Text.Json;
using DienHong.Server.Testing;

namespace DienHong.Server.Tests;

/// <summary>
/// A case of the office (văn phòng) with, side by side, a consultation that accepts anonymous opinions, one that
/// does not, and a two-question ballot of E0110, E0101 and E0104 (one question per nominee), from the test workflow
/// <see cref="VoiceWorkflow"/>. The ids are the API's.
/// </summary>
public sealed record VoiceCase(string InstanceId, string Anonymous, string Named, string Ballot)
{
    public const string Key = VoiceWorkflow.Key;

    public static readonly string[] Electorate = ["E0110", "E0101", "E0104"];

    /// <summary>Imports and publishes the test workflow (as the application's workflow administrator).</summary>
    public static async Task PublishAsync(HttpClient admin)
    {
        var draft = await admin.PostRawAsync("/api/v1/definitions", VoiceWorkflow.Definition).JsonAsync(HttpStatusCode.Created);
        await admin.PostJsonAsync($"/api/v1/definitions/{Key}/{draft.GetProperty("version").GetInt32()}/publish").JsonAsync();
    }

    /// <summary>Starts a case as HR (E0104) and finds its consultations and ballot in the lists.</summary>
    public static async Task<VoiceCase> StartAsync(HttpClient hr)
    {
        var id = (await hr.PostJsonAsync("/api/v1/instances", new { workflow = Key, agency = "van-phong" }).JsonAsync(HttpStatusCode.Created)).String("id");
        var consultations = Of(await hr.GetAsync("/api/v1/consultations?agency=van-phong&state=Open&pageSize=100").JsonAsync(), id);
        var votes = Of(await hr.GetAsync("/api/v1/votes?agency=van-phong&state=Open&pageSize=100").JsonAsync(), id);
        return new VoiceCase(id, consultations["consult-anonymous"], consultations["consult-named"], votes["ballot"]);
    }

    private static Dictionary<string, string> Of(JsonElement page, string instanceId) =>
        page.GetProperty("items").EnumerateArray().Where(i => i.String("instanceId") == instanceId).ToDictionary(i => i.String("nodeId"), i => i.String("id"));
}
