namespace DienHong.Server.Testing;

/// <summary>
/// A test workflow of consultations and votes (thử lấy ý kiến và biểu quyết): after the start, side by side, a
/// consultation that accepts anonymous opinions (<c>consult-anonymous</c>), one that does not (<c>consult-named</c>),
/// and a secret two-question ballot of E0110, E0101 and E0104 (<c>ballot</c>, one question per nominee).
/// </summary>
public static class VoiceWorkflow
{
    public const string Key = "voices-test";

    public const string Definition = """
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
}
