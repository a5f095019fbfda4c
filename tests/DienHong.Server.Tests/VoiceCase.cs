using System.Net;
using System.Text.Json;

namespace DienHong.Server.Tests;

/// <summary>
/// A case of the office (văn phòng) with, side by side, a consultation that accepts anonymous opinions, one that
/// does not, and a two-question ballot of E0110, E0101 and E0104 (one question per nominee), from the test workflow
/// <see cref="Key"/>. The ids are the API's.
/// </summary>
public sealed record VoiceCase(string InstanceId, string Anonymous, string Named, string Ballot)
{
    public const string Key = "voices-test";

    public static readonly string[] Electorate = ["E0110", "E0101", "E0104"];

    private const string Definition = """
        {
          "key": "voices-test",
          "version": 1,
          "name": { "vi": "Thử lấy ý kiến và biểu quyết", "en": "Opinions and votes test" },
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "fork", "type": "Fork" },
            { "id": "consult-anonymous", "type": "Consultation", "name": { "vi": "Lấy ý kiến quy chế chi tiêu", "en": "Spending rules consultation" },
              "content": "Dự thảo quy chế chi tiêu nội bộ", "form": "intranet", "anonymous": true, "deadline": { "workingDays": 10 } },
            { "id": "consult-named", "type": "Consultation", "name": { "vi": "Lấy ý kiến kế hoạch đào tạo", "en": "Training plan consultation" },
              "content": "Kế hoạch đào tạo năm sau", "deadline": { "workingDays": 10 } },
            { "id": "ballot", "type": "Vote", "name": { "vi": "Bình xét chiến sĩ thi đua", "en": "Emulation fighter ballot" },
              "electorate": ["E0110", "E0101", "E0104"], "secret": true, "deadline": { "workingDays": 5 },
              "questions": [ { "id": "E0105", "label": { "vi": "Bùi Thanh Sơn" } }, { "id": "E0106", "label": { "vi": "Trương Thị Ngọc Bích" } } ] },
            { "id": "join", "type": "Join", "policy": "all" },
            { "id": "done", "type": "End", "outcome": "Done" }
          ],
          "edges": [
            { "from": "start", "to": "fork" },
            { "from": "fork", "to": "consult-anonymous" },
            { "from": "fork", "to": "consult-named" },
            { "from": "fork", "to": "ballot" },
            { "from": "consult-anonymous", "outcome": "Responded", "to": "join" },
            { "from": "consult-named", "outcome": "Responded", "to": "join" },
            { "from": "ballot", "outcome": "Passed", "to": "join" },
            { "from": "ballot", "outcome": "Failed", "to": "join" },
            { "from": "join", "to": "done" }
          ]
        }
        """;

    /// <summary>Imports and publishes the test workflow (as the application's workflow administrator).</summary>
    public static async Task PublishAsync(HttpClient admin)
    {
        var draft = await admin.PostRawAsync("/api/v1/definitions", Definition).JsonAsync(HttpStatusCode.Created);
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
