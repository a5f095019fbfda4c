using System.Text.Json.Nodes;

namespace DienHong.Workflows.Tests;

/// <summary>A small valid organisation file for tests to change one thing in: two agencies, five people, one substitution.</summary>
public static class SmallOrganization
{
    public const string Json = """
        {
          "agencies": [
            {
              "id": "ubnd", "name": { "vi": "Ủy ban nhân dân huyện", "en": "District People's Committee" }, "kind": "administrative", "staffCount": 2,
              "roles": { "head": ["A1"], "deputy": ["A2"], "hr": ["B3"], "accountant": ["B3"] }
            },
            {
              "id": "phong", "name": "Phòng Nội vụ", "superiorId": "ubnd", "kind": "administrative",
              "units": [ { "id": "to-1", "name": "Tổ 1" } ],
              "roles": { "head": ["B1"], "deputy": ["B2"], "hr": ["B3"], "union-committee": ["B2", "B3"] }
            }
          ],
          "people": [
            { "id": "A1", "fullName": "Trần Văn Một", "agencyId": "ubnd", "staffType": "official", "isManager": true, "isUnionMember": true },
            { "id": "A2", "fullName": "Lê Thị Hai", "agencyId": "ubnd", "staffType": "official", "isManager": true },
            { "id": "B1", "fullName": "Phạm Văn Ba", "agencyId": "phong", "staffType": "civilServant", "salaryGrade": "01.002", "salaryStep": 4, "lastStepDate": "2024-03-01" },
            { "id": "B2", "fullName": "Võ Thị Bốn", "agencyId": "phong", "unitId": "to-1", "staffType": "công chức", "email": "bonvt@example.vn" },
            { "id": "B3", "fullName": "Đỗ Văn Năm", "agencyId": "phong", "unitId": "to-1", "staffType": "worker" }
          ],
          "substitutions": [
            { "personId": "B1", "substituteId": "B2", "from": "2027-02-08", "to": "2027-02-12", "reason": "Nghỉ phép" }
          ]
        }
        """;

    /// <summary>The file as a JSON tree, to change before reading.</summary>
    public static JsonObject Tree() => JsonNode.Parse(Json)!.AsObject();

    public static JsonObject Agency(this JsonObject tree, int index) => tree["agencies"]![index]!.AsObject();

    public static JsonObject Person(this JsonObject tree, int index) => tree["people"]![index]!.AsObject();

    public static JsonObject Substitution(this JsonObject tree, int index) => tree["substitutions"]![index]!.AsObject();
}
